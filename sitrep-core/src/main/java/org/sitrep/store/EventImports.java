package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sitrep.domain.Article;
import org.sitrep.domain.Event;

/**
 * Events coded elsewhere brought into the store: an ACLED or GDELT export's rows, kept apart from
 * Sitrep's own by their origin and never merged with them, and Parquet exports of Sitrep's Spark job.
 * Importing the same file again adds nothing.
 */
final class EventImports {
  private final StoreConnection db;
  private final EventWrites writes;

  EventImports(StoreConnection db, EventWrites writes) {
    this.db = db;
    this.writes = writes;
  }

  /**
   * Imports events coded elsewhere (an ACLED export) beside Sitrep's own, marked with their origin and
   * never merged with them; {@code source} is the pseudo-article that stands for the export file. Events
   * already imported (same id) are skipped, so importing a file again adds nothing. Returns how many
   * were added.
   */
  int importEvents(Article source, List<Event> events, String origin) throws SQLException {
    int[] added = {0};
    db.inTransaction(() -> {
      if (!writes.hasArticle(source.id())) {
        try (PreparedStatement ps = db.conn.prepareStatement(
            "INSERT INTO articles (id, source, location, title, published, body, captions, simhash, story_id) "
                + "VALUES (?, ?, ?, ?, ?, '', ?, 0, ?)")) {
          ps.setString(1, source.id());
          ps.setString(2, source.source());
          ps.setString(3, source.location());
          ps.setString(4, source.title());
          ps.setDate(5, Date.valueOf(source.published()));
          ps.setArray(6, db.conn.createArrayOf("VARCHAR", new Object[0]));
          ps.setString(7, source.id());
          ps.executeUpdate();
        }
      }
      try (PreparedStatement exists = db.conn.prepareStatement("SELECT 1 FROM events WHERE id = ?");
           PreparedStatement insert = db.conn.prepareStatement(
               "INSERT INTO events " + StoreRows.EVENT_INSERT_COLUMNS + " VALUES (" + "?, ".repeat(StoreRows.EVENT_COLUMNS.size())
                   + "?)");
           PreparedStatement report = db.conn.prepareStatement(
               "INSERT INTO event_reports VALUES (?, ?, ?, 'imported', ?, ?, ?, ?)")) {
        for (Event e : events) {
          exists.setString(1, e.id());
          try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
              continue;
            }
          }
          Object[] row = StoreRows.event(e);
          db.bind(insert, java.util.Arrays.copyOf(row, row.length + 1));
          insert.setString(row.length + 1, origin);
          insert.executeUpdate();
          report.setString(1, e.id());
          report.setString(2, e.id());
          report.setString(3, source.id());
          report.setDate(4, Date.valueOf(e.date().date()));
          report.setString(5, e.evidence().sentence());
          report.setInt(6, e.evidence().start());
          report.setInt(7, e.evidence().end());
          report.executeUpdate();
          added[0]++;
        }
      }
    });
    return added[0];
  }

  /**
   * Loads a Parquet export (folders of month-partitioned files, as {@code sitrep-spark} writes them) into
   * this store, skipping rows whose ids it holds already, so loading again adds nothing. Returns the
   * number of events added.
   */
  long importParquet(Path dir) throws SQLException {
    String[][] tables = {{"articles", "id"}, {"events", "id"}, {"merged_reports", "id"}, {"event_reports", "report_id"}};
    long before = db.count("SELECT count(*) FROM events");
    db.inTransaction(() -> {
      try (Statement st = db.conn.createStatement()) {
        for (String[] t : tables) {
          Path folder = dir.resolve(t[0]);
          if (!Files.isDirectory(folder)) {
            if (t[0].equals("events") || t[0].equals("articles")) {
              throw new SQLException("no " + t[0] + " folder in " + dir + ": not a Sitrep Parquet export");
            }
            continue;
          }
          String glob = folder.toAbsolutePath().resolve("**").resolve("*.parquet").toString().replace("'", "''");
          String origin = t[0].endsWith("events") || t[0].equals("merged_reports") ? ", 'sitrep' AS origin" : "";
          st.execute("INSERT INTO " + t[0] + " BY NAME SELECT * EXCLUDE (month)" + origin + " FROM read_parquet('"
              + glob + "', hive_partitioning = true) WHERE " + t[1] + " NOT IN (SELECT " + t[1] + " FROM " + t[0] + ")");
        }
      }
    });
    return db.count("SELECT count(*) FROM events") - before;
  }
}
