package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of each event (every article that told it, and the sentence) and the undoing of a merge
 * an analyst disagrees with: a merged report becomes an event of its own again.
 */
final class ReportLog {
  private final StoreConnection db;

  ReportLog(StoreConnection db) {
    this.db = db;
  }

  /** Every report of an event, the first one first. */
  List<EventReport> reports(String eventId) throws SQLException {
    try (PreparedStatement ps = db.read(
        "SELECT r.report_id, r.event_id, r.article_id, coalesce(nullif(a.source, ''), a.location), r.agreed, r.report_date, "
            + "r.sentence, r.sentence_start, r.sentence_end, m.id IS NOT NULL FROM event_reports r "
            + "JOIN articles a ON a.id = r.article_id LEFT JOIN merged_reports m ON m.id = r.report_id "
            + "WHERE r.event_id = ? ORDER BY r.report_id = r.event_id DESC, r.report_date, r.report_id")) {
      ps.setString(1, eventId);
      List<EventReport> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new EventReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getDate(6).toLocalDate(), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10)));
        }
      }
      return out;
    }
  }

  /**
   * Undoes a merge: the report becomes an event of its own again, with the coding it had before it
   * was joined, and its report row says so. An unknown report, or the event's first report, is the
   * caller's mistake ({@link IllegalArgumentException}), not the store's failure; so is one merged before
   * the store kept merged reports' coding (schema v5).
   */
  void separate(String reportId) throws SQLException {
    String eventId;
    String agreed;
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT event_id, agreed FROM event_reports WHERE report_id = ?")) {
      ps.setString(1, reportId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no report " + reportId);
        }
        eventId = rs.getString(1);
        agreed = rs.getString(2);
      }
    }
    if (eventId.equals(reportId)) {
      throw new IllegalArgumentException("report " + reportId + " is the first report of its event: nothing to separate it from");
    }
    db.inTransaction(() -> {
      try (PreparedStatement move = db.conn.prepareStatement("INSERT INTO events BY NAME SELECT * FROM merged_reports WHERE id = ?");
           PreparedStatement drop = db.conn.prepareStatement("DELETE FROM merged_reports WHERE id = ?");
           PreparedStatement relink = db.conn.prepareStatement(
               "UPDATE event_reports SET event_id = report_id, agreed = ? WHERE report_id = ?")) {
        move.setString(1, reportId);
        if (move.executeUpdate() != 1) {
          throw new SQLException("report " + reportId + " was merged before this store kept the coding of merged"
              + " reports (schema v5); ingest its article into a new store to code it apart");
        }
        drop.setString(1, reportId);
        drop.executeUpdate();
        relink.setString(1, "separated from " + eventId + " (had been joined: " + agreed + ")");
        relink.setString(2, reportId);
        relink.executeUpdate();
      }
    });
  }

}
