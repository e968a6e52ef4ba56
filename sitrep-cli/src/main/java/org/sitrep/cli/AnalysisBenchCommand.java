package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.analysis.HotSpots;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench analysis}: the analyst's queries at archive scale. Fills a fresh store with
 * synthetic events (ten years, twenty countries, one of them Syria with a tenth of the events over 14
 * governorates), then times monthly counts by admin1 for one country through {@link EventStore#series}
 * and Gi* on H3 cells through {@link HotSpots#compute}, each beside a baseline measured in the same run:
 * monthly counts over every row with no filter or grouping, and binning the same points into H3 cells alone.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
    description = {"Time monthly counts by admin1 for one country over N synthetic events and Gi* over the",
        "events of that country on H3 cells, with baselines in the same run and peak memory."})
final class AnalysisBenchCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "10000000", description = "Synthetic events in the store (default: ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--resolution", defaultValue = "6", description = "H3 resolution for Gi* (default: ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds of each query (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("sitrep-bench-analysis");
    Path db = dir.resolve("bench.duckdb");
    try {
      EventStore.open(db).close(); // the schema, as Sitrep creates it
      long t0 = System.nanoTime();
      fill(db, events);
      System.out.printf(Locale.ROOT, "store: %,d synthetic events written in %.1f s (%.0f MB on disk)%n", events,
          (System.nanoTime() - t0) / 1e9, Files.size(db) / 1e6);
      Memory.resetPeaks();
      try (EventStore store = EventStore.open(db)) {
        EventFilter syria = new EventFilter(null, null, "SY", null, null, null);
        double[] series = new double[rounds];
        double[] bare = new double[rounds];
        int buckets = 0;
        for (int r = 0; r < rounds; r++) {
          long s = System.nanoTime();
          buckets = store.series(syria, EventStore.Interval.MONTH, EventStore.Grouping.ADMIN1).size();
          series[r] = (System.nanoTime() - s) / 1e9;
          s = System.nanoTime();
          store.series(EventFilter.ALL, EventStore.Interval.MONTH, EventStore.Grouping.NONE);
          bare[r] = (System.nanoTime() - s) / 1e9;
        }
        System.out.printf(Locale.ROOT, "monthly counts by admin1, country SY (%d buckets): median %.3f s, first %.3f s;"
            + " baseline monthly counts over all rows, unfiltered and ungrouped: median %.3f s%n", buckets, median(series), series[0], median(bare));

        long s = System.nanoTime();
        List<double[]> points = store.points(syria);
        double fetch = (System.nanoTime() - s) / 1e9;
        double[] gi = new double[rounds];
        double[] binning = new double[rounds];
        int cells = 0;
        for (int r = 0; r < rounds; r++) {
          s = System.nanoTime();
          cells = HotSpots.compute(points, resolution, 1).size();
          gi[r] = (System.nanoTime() - s) / 1e9;
          s = System.nanoTime();
          long sink = 0;
          for (double[] p : points) {
            sink ^= HotSpots.cellOf(p[0], p[1], resolution);
          }
          binning[r] = (System.nanoTime() - s) / 1e9 + (sink == 42 ? 1e-12 : 0);
        }
        System.out.printf(Locale.ROOT, "Gi* over %,d events at H3 resolution %d (%,d cells, 1 ring, BH): median %.2f s,"
                + " first %.2f s (+ %.2f s to read the points); baseline H3 binning alone: median %.2f s%n", points.size(),
            resolution, cells, median(gi), gi[0], fetch, median(binning));
      }
      System.out.printf(Locale.ROOT, "peak heap %.0f MB (max heap %.0f MB); peak resident set %.0f MB (DuckDB included)%n",
          Memory.peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, Memory.peakResidentBytes() / 1e6);
      return 0;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /**
   * Synthetic events written by DuckDB itself (the JDBC round trip would time the driver, not the
   * store): dates uniform over 2015-2024, one event in ten in Syria over 14 governorates, the rest
   * over 19 other countries. They are stored in date order, as an ingest of news (live or an archive
   * read in order) stores them, so that DuckDB's per-row-group min/max can skip what a date filter
   * excludes.
   */
  static void fill(Path db, long n) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
      st.execute("INSERT INTO articles (id, source, location, title, published, body, captions, simhash, story_id) "
          + "VALUES ('bench', 'bench', 'bench', 'synthetic events', DATE '2024-12-31', '', [], 0, 'bench')");
      st.execute("""
          INSERT INTO events (id, article_id, event_date, date_precision, date_source, event_key, cameo_code,
            event_type, sub_event_type, actor1, inter1, actor1_country, actor2, inter2, actor2_country,
            gazetteer_id, location, latitude, longitude, admin1, admin2, country, geo_precision, fatalities,
            sentence, sentence_start, sentence_end, trigger_word, trigger_start, origin, attribution)
          SELECT 'b' || i, 'bench', DATE '2015-01-01' + CAST(hash(i) % 3653 AS INTEGER), 'DAY', 'TEXT',
            'armed_clash', '190', 'Battles', 'Armed clash', 'Actor ' || (hash(i * 7) % 50), 2, '', NULL, NULL, NULL,
            'bench:' || (hash(i * 3) % 5000), 'Place', lat, lon, admin1, '', country, 'EXACT',
            CAST(hash(i * 11) % 5 AS INTEGER), 'synthetic', 0, 9, 'x', 0, 'sitrep', ''
          FROM (
            SELECT i,
              CASE WHEN i % 10 = 0 THEN 'SY' ELSE 'C' || CAST(i % 19 AS VARCHAR) END AS country,
              CASE WHEN i % 10 = 0 THEN 'Governorate ' || CAST(hash(i * 5) % 14 AS VARCHAR)
                ELSE 'Region ' || CAST(hash(i * 5) % 20 AS VARCHAR) END AS admin1,
              CASE WHEN i % 10 = 0 THEN 32.5 + (hash(i * 13) % 100000) / 100000.0 * 4.5
                ELSE -50 + (hash(i * 13) % 100000) / 100000.0 * 110 END AS lat,
              CASE WHEN i % 10 = 0 THEN 35.7 + (hash(i * 17) % 100000) / 100000.0 * 6.5
                ELSE -170 + (hash(i * 17) % 100000) / 100000.0 * 340 END AS lon
            FROM range({n}) t(i))
          ORDER BY 3""".replace("{n}", Long.toString(n)));
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        if (rs.getLong(1) != n) {
          throw new IllegalStateException("expected " + n + " synthetic events, found " + rs.getLong(1));
        }
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
