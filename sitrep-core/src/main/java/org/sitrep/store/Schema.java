package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema and its migrations: a file of any earlier version is brought to
 * {@link EventStore#SCHEMA_VERSION} one step at a time, each step in its own transaction.
 */
final class Schema {
  private static final int SCHEMA_VERSION = EventStore.SCHEMA_VERSION;

  private Schema() {
  }

  /** One step of a migration. */
  @FunctionalInterface
  private interface Step {
    void run() throws SQLException;
  }

  /** Creates the schema in a new file, or migrates an older one; a newer one is an error naming the file. */
  static void migrate(Connection conn, Path file) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int current = 0;
      try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
        if (rs.next()) {
          current = rs.getInt(1);
        }
      }
      if (current > SCHEMA_VERSION) {
        throw new SQLException(file + " has schema version " + current + ", newer than this Sitrep ("
            + SCHEMA_VERSION + "): upgrade Sitrep");
      }
      current = step(conn, st, current, 1, () -> {
        st.execute("""
            CREATE TABLE articles (
              id VARCHAR PRIMARY KEY,
              source VARCHAR NOT NULL,
              location VARCHAR NOT NULL,
              title VARCHAR NOT NULL,
              published DATE NOT NULL,
              body VARCHAR NOT NULL,
              captions VARCHAR[] NOT NULL,
              ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
            )""");
        st.execute("""
            CREATE TABLE events (
              id VARCHAR PRIMARY KEY,
              article_id VARCHAR NOT NULL REFERENCES articles(id),
              event_date DATE NOT NULL,
              date_precision VARCHAR NOT NULL,
              date_source VARCHAR NOT NULL,
              event_key VARCHAR NOT NULL,
              cameo_code VARCHAR NOT NULL,
              event_type VARCHAR NOT NULL,
              sub_event_type VARCHAR NOT NULL,
              actor1 VARCHAR, inter1 INTEGER, actor1_country VARCHAR,
              actor2 VARCHAR, inter2 INTEGER, actor2_country VARCHAR,
              gazetteer_id VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,
              admin1 VARCHAR, admin2 VARCHAR, country VARCHAR, geo_precision VARCHAR,
              fatalities INTEGER,
              sentence VARCHAR NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
              trigger_word VARCHAR NOT NULL, trigger_start INTEGER NOT NULL
            )""");
        st.execute("CREATE INDEX events_date ON events(event_date)");
      });
      // v2: syndicated copies of one story (near-identical text on other sites) share a story id
      current = step(conn, st, current, 2, () -> {
        st.execute("ALTER TABLE articles ADD COLUMN simhash BIGINT");
        st.execute("ALTER TABLE articles ADD COLUMN story_id VARCHAR");
        st.execute("UPDATE articles SET story_id = id");
      });
      // v3: every report of an event, the first included, with why it was joined to it
      current = step(conn, st, current, 3, () -> {
        st.execute("""
            CREATE TABLE event_reports (
              report_id VARCHAR PRIMARY KEY,
              event_id VARCHAR NOT NULL,
              article_id VARCHAR NOT NULL,
              agreed VARCHAR NOT NULL,
              report_date DATE NOT NULL,
              sentence VARCHAR NOT NULL,
              sentence_start INTEGER NOT NULL,
              sentence_end INTEGER NOT NULL
            )""");
        st.execute("""
            INSERT INTO event_reports SELECT id, id, article_id, 'first report', event_date, sentence, sentence_start,
              sentence_end FROM events""");
      });
      // v4: where an event comes from: coded by Sitrep, or imported from an ACLED export
      current = step(conn, st, current, 4, () -> {
        st.execute("ALTER TABLE events ADD COLUMN origin VARCHAR DEFAULT 'sitrep'");
        st.execute("UPDATE events SET origin = 'sitrep'");
      });
      // v5: a report joined to an earlier event keeps its own coding, so that the merge can be undone
      current = step(conn, st, current, 5, () -> {
        st.execute("CREATE TABLE merged_reports AS SELECT * FROM events LIMIT 0");
      });
      // v6: what sitrep watch knows of each feed, and which feed items it has ingested
      current = step(conn, st, current, 6, () -> {
        FeedLog.createTables(st);
      });
      // v7: who a report attributes an event to ("according to the SDF"); empty for older rows
      current = step(conn, st, current, 7, () -> {
        st.execute("ALTER TABLE events ADD COLUMN attribution VARCHAR DEFAULT ''");
        st.execute("ALTER TABLE merged_reports ADD COLUMN attribution VARCHAR DEFAULT ''");
        st.execute("UPDATE events SET attribution = ''");
        st.execute("UPDATE merged_reports SET attribution = ''");
      });
      // v8: wounded and arrested counts, and each count's qualifier ("at least 14"); unknown for older rows
      step(conn, st, current, 8, () -> {
        for (String table : List.of("events", "merged_reports")) {
          st.execute("ALTER TABLE " + table + " ADD COLUMN fatalities_qualifier VARCHAR DEFAULT ''");
          st.execute("ALTER TABLE " + table + " ADD COLUMN wounded INTEGER");
          st.execute("ALTER TABLE " + table + " ADD COLUMN wounded_qualifier VARCHAR DEFAULT ''");
          st.execute("ALTER TABLE " + table + " ADD COLUMN arrested INTEGER");
          st.execute("ALTER TABLE " + table + " ADD COLUMN arrested_qualifier VARCHAR DEFAULT ''");
        }
      });
    }
  }

  /**
   * Brings the schema from {@code current} to {@code version} by one step, in one transaction that
   * also records the new version, so an interrupted upgrade leaves the file at the last whole step.
   */
  private static int step(Connection conn, Statement st, int current, int version, Step step) throws SQLException {
    if (current >= version) {
      return current;
    }
    inTransaction(conn, () -> {
      step.run();
      st.execute("INSERT INTO schema_version VALUES (" + version + ")");
    });
    return version;
  }

  /** The feeds' polling state and the items already ingested, kept in this database. */

  private static void inTransaction(Connection conn, Step work) throws SQLException {
    conn.setAutoCommit(false);
    try {
      work.run();
      conn.commit();
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }
}
