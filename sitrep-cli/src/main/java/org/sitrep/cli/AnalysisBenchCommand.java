package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.analysis.HotSpots;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import org.sitrep.store.SyntheticEvents;
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
      SyntheticEvents.fill(db, events);
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

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
