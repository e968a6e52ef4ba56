package org.sitrep.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.geo.DivisionNames;

/**
 * The store's questions: events matching a filter (a page, all of them a page at a time, or one),
 * time series, locations and counts, all under the store's read time limit. A filter's admin1 is read
 * as any stored spelling of the division.
 */
final class EventReads {
  private final StoreConnection db;

  EventReads(StoreConnection db) {
    this.db = db;
  }

  /** The date of the earliest stored event: where the data starts. */
  Optional<java.time.LocalDate> firstEventDate() throws SQLException {
    try (Statement st = db.conn.createStatement(); ResultSet rs = st.executeQuery("SELECT min(event_date) FROM events")) {
      rs.next();
      Date d = rs.getDate(1);
      return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }
  }

  long countEvents() throws SQLException {
    return db.count("SELECT count(*) FROM events");
  }

  long countArticles() throws SQLException {
    return db.count("SELECT count(*) FROM articles");
  }

  /** Events and fatalities per interval (and group), oldest first. */
  List<EventStore.Bucket> series(EventFilter f, EventStore.Interval interval, EventStore.Grouping grouping) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    String sql = "SELECT CAST(date_trunc('" + interval.name().toLowerCase(java.util.Locale.ROOT) + "', e.event_date) AS DATE) b, "
        + grouping.sql + " g, count(*), coalesce(sum(e.fatalities), 0) FROM events e " + where
        + " GROUP BY b, g ORDER BY b, g";
    try (PreparedStatement ps = db.read(sql)) {
      FilterSql.bind(ps, params);
      List<EventStore.Bucket> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new EventStore.Bucket(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      return out;
    }
  }

  /** Locations {lat, lon} of the located events matching a filter. */
  List<double[]> points(EventFilter f) throws SQLException {
    return located(f).stream().map(p -> new double[] {p.lat(), p.lon()}).toList();
  }

  /** Dates and locations of the located events matching a filter, in no particular order (counts need none). */
  List<EventPoint> located(EventFilter f) throws SQLException {
    List<Object> params = new ArrayList<>();
    try (PreparedStatement ps = db.read("SELECT e.event_date, e.latitude, e.longitude FROM events e "
        + where(f, params) + " AND e.latitude IS NOT NULL")) {
      FilterSql.bind(ps, params);
      List<EventPoint> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new EventPoint(rs.getDate(1).toLocalDate(), rs.getDouble(2), rs.getDouble(3)));
        }
      }
      return out;
    }
  }

  /**
   * The WHERE clause of a filter over {@code events e}, with the filter's admin1 read as any of its
   * stored spellings.
   */
  String where(EventFilter f, List<Object> params) throws SQLException {
    return FilterSql.where(f, params, f.admin1() == null ? List.of() : admin1Spellings(f.admin1(), f.country()));
  }

  /**
   * The stored first-level division names that are spellings of {@code name} or of the gazetteer's
   * other names of its division in {@code country} ({@link FilterSql#admin1Spellings}), remembered until
   * the store's data changes ({@link StoreConnection#version()}): names only come with writes, and
   * finding them again on every question cost a cold query a third of its speed.
   */
  private synchronized List<String> admin1Spellings(String name, String country) throws SQLException {
    long now = db.version();
    if (now != spellingsAt) {
      spellings.clear();
      spellingsAt = now;
    }
    String asked = name + "\t" + (country == null ? "" : country);
    List<String> known = spellings.get(asked);
    if (known == null) {
      known = findAdmin1Spellings(name, country);
      if (spellings.size() < 10_000) {
        spellings.put(asked, known);
      }
    }
    return known;
  }

  private final Map<String, List<String>> spellings = new HashMap<>();
  private long spellingsAt = -1;

  private List<String> findAdmin1Spellings(String name, String country) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.addAll(DivisionNames.cached().namesOf(name, country));
    String sql = FilterSql.admin1Spellings(names.size());
    try (PreparedStatement ps = db.read(sql)) {
      int i = 1;
      for (String n : names) {
        ps.setString(i++, n);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  /** Number of events matching a filter. */
  long count(EventFilter f) throws SQLException {
    List<Object> params = new ArrayList<>();
    try (PreparedStatement ps = db.read("SELECT count(*) FROM events e " + where(f, params))) {
      FilterSql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Events matching a filter, by date then id. */
  List<StoredEvent> events(EventFilter f) throws SQLException {
    List<Object> params = new ArrayList<>();
    return list("events e", where(f, params), params, "e.event_date, e.id");
  }

  /** Events per page when they are read a page at a time. */
  private static final int EXPORT_PAGE = 50_000;

  /**
   * Events matching a filter, by date then id, read a page at a time (keyset paging on both): an
   * export of millions holds one page, not all of them. A failure to read a page is an
   * {@link EventStore.ReadFailure}.
   */
  Iterable<StoredEvent> eachEvent(EventFilter f) {
    return eachEvent(f, EXPORT_PAGE);
  }

  Iterable<StoredEvent> eachEvent(EventFilter f, int pageSize) {
    return () -> new java.util.Iterator<>() {
      private java.util.Iterator<StoredEvent> page = java.util.Collections.emptyIterator();
      private StoredEvent last;
      private boolean lastPage;

      @Override
      public boolean hasNext() {
        if (!page.hasNext() && !lastPage) {
          List<StoredEvent> next = pageAfter(f, last, pageSize);
          lastPage = next.size() < pageSize;
          page = next.iterator();
        }
        return page.hasNext();
      }

      @Override
      public StoredEvent next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        last = page.next();
        return last;
      }
    };
  }

  private List<StoredEvent> pageAfter(EventFilter f, StoredEvent last, int pageSize) {
    try {
      List<Object> params = new ArrayList<>();
      String where = where(f, params);
      if (last != null) {
        Date date = Date.valueOf(last.event().date().date());
        where += " AND (e.event_date > ? OR e.event_date = ? AND e.id > ?)";
        params.addAll(List.of(date, date, last.event().id()));
      }
      params.add(pageSize);
      return list("(SELECT * FROM events e " + where + " ORDER BY e.event_date, e.id LIMIT ?) e", "", params,
          "e.event_date, e.id");
    } catch (SQLException e) {
      throw new EventStore.ReadFailure(e);
    }
  }

  /** One page of the events matching a query, and how many match in all. */
  EventQuery.Page page(EventQuery q) throws SQLException {
    long total = count(q.filter());
    List<Object> params = new ArrayList<>();
    String where = where(q.filter(), params);
    // the sort column is one of EventQuery.SORTABLE, checked there: never text from the request
    String order = "e." + q.sort() + (q.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", e.id";
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(q.limit());
    pageParams.add(q.offset());
    String page = "(SELECT * FROM events e " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?) e";
    return new EventQuery.Page(total, list(page, "", pageParams, order));
  }

  /** The stored text of an article, if stored. */
  Optional<String> articleBody(String articleId) throws SQLException {
    try (PreparedStatement ps = db.read("SELECT body FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** One event by id, if stored. */
  Optional<StoredEvent> event(String id) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(id));
    return list("events e", "WHERE e.id = ?", params, "e.id").stream().findFirst();
  }

  /** Events of a source relation, with their sources and report counts (computed for those rows only). */
  private List<StoredEvent> list(String from, String where, List<Object> params, String order) throws SQLException {
    String reportArticles = "FROM event_reports r JOIN articles a2 ON a2.id = r.article_id "
        + "JOIN articles c ON c.story_id = a2.story_id WHERE r.event_id = e.id";
    String sql = "SELECT e.*, (SELECT string_agg(DISTINCT coalesce(nullif(c.source, ''), c.location), '; ') "
        + reportArticles + ") AS a_source, (SELECT count(DISTINCT c.id) " + reportArticles + ") AS a_reports, "
        + "a.location AS a_location, a.title AS a_title, e.origin AS e_origin "
        + "FROM " + from + " JOIN articles a ON a.id = e.article_id " + where + " ORDER BY " + order;
    try (PreparedStatement ps = db.read(sql)) {
      FilterSql.bind(ps, params);
      List<StoredEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredEvent(StoreRows.event(rs), rs.getString("a_source"), rs.getString("a_location"),
              rs.getString("a_title"), rs.getLong("a_reports"), rs.getString("e_origin")));
        }
      }
      return out;
    }
  }
}
