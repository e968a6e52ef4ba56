package org.sitrep.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.SimHash;

/**
 * The store's writes of coded articles: each article with its events in one transaction (or in the
 * open batch of a group commit), each event joined to an earlier report of it by the merge rule, whose
 * candidates come from the stored events. Syndicated copies are found here, before a write.
 */
final class EventWrites {
  private final StoreConnection db;
  /** Whether saves go into an open batch transaction ({@link #beginBatch()}). */
  private boolean inBatch;

  EventWrites(StoreConnection db) {
    this.db = db;
  }

  boolean hasArticle(String id) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * The stored story that this text is a copy of: a stored article whose SimHash is within
   * {@link SimHash#CANDIDATE_BITS} bits and whose text resembles it at least {@link SimHash#SAME_STORY}.
   */
  Optional<String> storyOf(String body) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement(
        "SELECT story_id, body FROM articles WHERE bit_count(xor(simhash, ?)) <= ? ORDER BY ingested_at, id LIMIT 20")) {
      ps.setLong(1, SimHash.of(body));
      ps.setInt(2, SimHash.CANDIDATE_BITS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (SimHash.resemblance(body, rs.getString(2)) >= SimHash.SAME_STORY) {
            return Optional.of(rs.getString(1));
          }
        }
      }
      return Optional.empty();
    }
  }


  /**
   * Stores an article with its events; with {@code storyId}, as another copy of that story (its events
   * are the story's, so a copy brings none). Returns false, writing nothing, if already stored.
   */
  boolean save(CodedArticle coded, String storyId) throws SQLException {
    Article a = coded.article();
    if (hasArticle(a.id())) {
      return false;
    }
    if (inBatch) {
      try {
        write(coded, storyId);
        return true;
      } catch (SQLException e) {
        inBatch = false;
        db.conn.rollback();
        db.conn.setAutoCommit(true);
        throw e;
      }
    }
    db.inTransaction(() -> write(coded, storyId));
    return true;
  }

  /**
   * Group commit: the saves from here to {@link #commitBatch()} share one transaction, so a stream of
   * small articles does not pay a commit (and a sync of the log) each. They are visible to this store's
   * own queries at once, to other connections at the commit. A failed save rolls the whole batch back
   * and ends it.
   */
  void beginBatch() throws SQLException {
    if (!inBatch) {
      db.conn.setAutoCommit(false);
      inBatch = true;
    }
  }

  /** Commits the batch begun by {@link #beginBatch()} and ends it. */
  void commitBatch() throws SQLException {
    if (inBatch) {
      inBatch = false;
      try {
        db.conn.commit();
        db.changed();
      } finally {
        db.conn.setAutoCommit(true);
      }
    }
  }

  /** Writes an article with its events into the open transaction, each event joined to its earlier reports. */
  private void write(CodedArticle coded, String storyId) throws SQLException {
    Article a = coded.article();
    try (PreparedStatement ps = db.conn.prepareStatement(
        "INSERT INTO articles (id, source, location, title, published, body, captions, simhash, story_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      db.bind(ps, StoreRows.article(a, storyId));
      ps.executeUpdate();
    }
    String eventValues = StoreRows.EVENT_INSERT_COLUMNS + " VALUES (" + "?, ".repeat(StoreRows.EVENT_COLUMNS.size()) + "'sitrep')";
    try (PreparedStatement insert = db.conn.prepareStatement("INSERT INTO events " + eventValues);
         PreparedStatement merged = db.conn.prepareStatement("INSERT INTO merged_reports " + eventValues);
         PreparedStatement report = db.conn.prepareStatement(
             "INSERT INTO event_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      // the merge rule's candidates come from the stored events; a new primary event is remembered by saving it
      EventMerger merger = new EventMerger(new EventMerger.CandidateSource() {
        @Override
        public List<Event> candidatesFor(Event e) {
          try {
            return EventWrites.this.candidatesFor(e);
          } catch (SQLException failure) {
            throw new EventStore.ReadFailure(failure);
          }
        }

        @Override
        public void remember(Event primary) {
        }
      });
      for (Event e : coded.events()) {
        EventMerger.Merged m;
        try {
          m = merger.add(e);
        } catch (EventStore.ReadFailure failure) {
          throw failure.getCause();
        }
        PreparedStatement target = m.isFirstReport() ? insert : merged;
        db.bind(target, StoreRows.event(e));
        target.executeUpdate();
        db.bind(report, StoreRows.report(m));
        report.executeUpdate();
      }
    }
  }

  /** Stored events that could be the same as this one: same country (or none) and dates within 40 days. */
  private List<Event> candidatesFor(Event e) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement(
        "SELECT * FROM events WHERE origin = 'sitrep' AND event_date BETWEEN ? AND ? AND coalesce(country, '') = ? AND event_type = ? "
            + "ORDER BY event_date, id")) {
      ps.setDate(1, Date.valueOf(e.date().date().minusDays(EventMerger.CANDIDATE_DAYS)));
      ps.setDate(2, Date.valueOf(e.date().date().plusDays(EventMerger.CANDIDATE_DAYS)));
      ps.setString(3, e.place() == null ? "" : e.place().country());
      ps.setString(4, e.type().acledType());
      List<Event> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(StoreRows.event(rs));
        }
      }
      return out;
    }
  }
}
