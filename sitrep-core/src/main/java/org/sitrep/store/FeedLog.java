package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code sitrep watch} remembers between polls and across restarts, in the event database: per
 * feed, the validators of its last answer (ETag, Last-Modified) for conditional requests, the failures
 * in a row (for back-off) and when it is due; per feed item, that it was ingested. Each write commits at
 * once, so a process killed at any point keeps all it had recorded.
 */
public final class FeedLog {
  private final Connection conn;

  FeedLog(Connection conn) {
    this.conn = conn;
  }

  static void createTables(Statement st) throws SQLException {
    st.execute("""
        CREATE TABLE feeds (
          url VARCHAR PRIMARY KEY,
          etag VARCHAR,
          last_modified VARCHAR,
          failures INTEGER NOT NULL,
          next_poll TIMESTAMP NOT NULL,
          last_status VARCHAR
        )""");
    st.execute("""
        CREATE TABLE feed_items (
          feed_url VARCHAR NOT NULL,
          item_key VARCHAR NOT NULL,
          seen_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
          PRIMARY KEY (feed_url, item_key)
        )""");
  }

  /**
   * A feed's polling state.
   *
   * @param etag         the ETag of its last full answer, or null
   * @param lastModified the Last-Modified of its last full answer, or null
   * @param failures     failed polls in a row
   * @param nextPoll     when it is due again
   * @param lastStatus   what the last poll gave ("200 5 new", "304", "error: ...")
   */
  public record FeedState(String url, String etag, String lastModified, int failures, Instant nextPoll,
                          String lastStatus) {
    public static FeedState fresh(String url) {
      return new FeedState(url, null, null, 0, Instant.EPOCH, null);
    }
  }

  public Optional<FeedState> state(String url) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT etag, last_modified, failures, next_poll, last_status FROM feeds WHERE url = ?")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new FeedState(url, rs.getString(1), rs.getString(2), rs.getInt(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5)));
      }
    }
  }

  public void save(FeedState s) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, s.url());
      ps.setString(2, s.etag());
      ps.setString(3, s.lastModified());
      ps.setInt(4, s.failures());
      ps.setTimestamp(5, Timestamp.from(s.nextPoll()));
      ps.setString(6, s.lastStatus());
      ps.executeUpdate();
    }
  }

  public boolean seen(String feedUrl, String itemKey) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM feed_items WHERE feed_url = ? AND item_key = ?")) {
      ps.setString(1, feedUrl);
      ps.setString(2, itemKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Records an item as ingested (its article stored, or found stored already); again is a no-op. */
  public void markSeen(String feedUrl, String itemKey) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO feed_items (feed_url, item_key) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, feedUrl);
      ps.setString(2, itemKey);
      ps.executeUpdate();
    }
  }
}
