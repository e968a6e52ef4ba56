package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Synthetic events for benchmarks and for tests that need a store of realistic size. */
public final class SyntheticEvents {
  private SyntheticEvents() {
  }

  /**
   * Synthetic events written by DuckDB itself (the JDBC round trip would time the driver, not the
   * store): dates uniform over 2015-2024, one event in ten in Syria over 14 governorates, the rest
   * over 19 other countries. They are stored in date order, as an ingest of news (live or an archive
   * read in order) stores them, so that DuckDB's per-row-group min/max can skip what a date filter
   * excludes.
   */
  public static void fill(Path db, long n) throws SQLException {
    fill(db, n, Mix.BATTLES);
  }

  /**
   * What the events are like beyond place and date: one in {@code unlocatedEvery} without a place, one
   * in {@code importedEvery} of origin "acled" (0: none of either), and all of one ACLED event type or
   * of the six in turn.
   */
  public record Mix(int unlocatedEvery, int importedEvery, boolean everyType) {
    /** All located, coded here, armed clashes: the benchmarks' events. */
    public static final Mix BATTLES = new Mix(0, 0, false);
    /** A store an analyst has: news-coded and imported events of every type, one in 20 without a place. */
    public static final Mix MIXED = new Mix(20, 3, true);
  }

  public static void fill(Path db, long n, Mix mix) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
      st.execute("INSERT INTO articles (id, source, location, title, published, body, captions, simhash, story_id) "
          + "VALUES ('bench', 'bench', 'bench', 'synthetic events', DATE '2024-12-31', '', [], 0, 'bench')");
      st.execute("""
          INSERT INTO events (id, article_id, event_date, date_precision, date_source, event_key, cameo_code,
            event_type, sub_event_type, actor1, inter1, actor1_country, actor2, inter2, actor2_country,
            gazetteer_id, location, latitude, longitude, admin1, admin2, country, geo_precision, fatalities,
            sentence, sentence_start, sentence_end, trigger_word, trigger_start, origin, attribution)
          SELECT 'b' || i, 'bench', DATE '2015-01-01' + CAST(hash(i) % 3653 AS INTEGER), 'DAY', 'TEXT',
            'armed_clash', '190',
            CASE WHEN {types} THEN ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests',
              'Riots', 'Strategic developments'][1 + i % 6] ELSE 'Battles' END,
            CASE WHEN {types} THEN ['Armed clash', 'Air/drone strike', 'Attack', 'Peaceful protest', 'Mob violence',
              'Arrests'][1 + i % 6] ELSE 'Armed clash' END, 'Actor ' || (hash(i * 7) % 50), 2, '', NULL, NULL, NULL,
            CASE WHEN {unlocated} > 0 AND i % {unlocated} = 2 THEN NULL ELSE 'bench:' || (hash(i * 3) % 5000) END,
            CASE WHEN {unlocated} > 0 AND i % {unlocated} = 2 THEN NULL ELSE 'Place' END,
            CASE WHEN {unlocated} > 0 AND i % {unlocated} = 2 THEN NULL ELSE lat END,
            CASE WHEN {unlocated} > 0 AND i % {unlocated} = 2 THEN NULL ELSE lon END, admin1, '', country, 'EXACT',
            CAST(hash(i * 11) % 5 AS INTEGER), 'synthetic', 0, 9, 'x', 0,
            CASE WHEN {imported} > 0 AND i % {imported} = 1 THEN 'acled' ELSE 'sitrep' END, ''
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
          ORDER BY 3""".replace("{n}", Long.toString(n)).replace("{unlocated}", Integer.toString(mix.unlocatedEvery()))
          .replace("{imported}", Integer.toString(mix.importedEvery())).replace("{types}", Boolean.toString(mix.everyType())));
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        if (rs.getLong(1) != n) {
          throw new IllegalStateException("expected " + n + " synthetic events, found " + rs.getLong(1));
        }
      }
    }
  }

}
