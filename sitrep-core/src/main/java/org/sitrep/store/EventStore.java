package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Counts;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.SimHash;

/**
 * Articles and their events in an embedded DuckDB file. Each article is written with its events in one
 * transaction, keyed by content id: re-ingesting adds nothing, and an interrupted run loses at most the
 * article it was writing. All SQL takes parameters; none is built from input.
 */
public final class EventStore implements AutoCloseable {
  /** Bumped with every change to the tables; {@link #migrate} brings older files up to date. */
  public static final int SCHEMA_VERSION = 8;
  /** The events' columns by name, origin last: inserts name them, since migrations append columns. */
  private static final String EVENT_INSERT_COLUMNS = "(" + String.join(", ",
      StoreRows.EVENT_COLUMNS.stream().map(StoreRows.Column::name).toList()) + ", origin)";

  private final Connection conn;
  private final Path file;
  /** Whether saves go into an open batch transaction ({@link #beginBatch()}). */
  private boolean inBatch;
  /** Bumped by every write through this store or its duplicates: what a cache of answers keys on. */
  private final AtomicLong version;
  /** Longest a read may run, in seconds (0: no limit); DuckDB interrupts a query past it. */
  private final int readTimeoutSeconds;

  private EventStore(Connection conn, Path file, AtomicLong version, int readTimeoutSeconds) {
    this.conn = conn;
    this.file = file;
    this.version = version;
    this.readTimeoutSeconds = readTimeoutSeconds;
  }

  /** Changes whenever stored events change through this store or a duplicate of it. */
  public long version() {
    return version.get();
  }

  /** The database file: {@code --db}, else {@code $SITREP_DB}, else {@code ~/.local/share/sitrep/sitrep.duckdb}. */
  public static Path defaultLocation() {
    String env = System.getenv("SITREP_DB");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    return Paths.get(System.getProperty("user.home"), ".local", "share", "sitrep", "sitrep.duckdb");
  }

  public static EventStore open(Path file) throws SQLException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new SQLException("cannot create the directory for " + file + ": " + e.getMessage(), e);
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new SQLException("DuckDB JDBC driver missing from the class path", e);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    EventStore store = new EventStore(c, file, new AtomicLong(), 0);
    Schema.migrate(store.conn, file);
    // The schema goes into the database file now, not only the write-ahead log: DuckDB (1.4) cannot
    // replay a logged CREATE TABLE whose column default calls a function (DEFAULT current_timestamp,
    // duckdb#18259), so a process killed before its first checkpoint would leave a file that no longer
    // opens. Rows in the log replay fine.
    try (Statement st = c.createStatement()) {
      st.execute("CHECKPOINT");
    }
    return store;
  }

  /**
   * Opens an existing database for reading only: what only reads (events, trends, reports) works on a
   * file the user may not write, never changes it, and a mistyped path is an error, not a new empty
   * database that answers "0 events".
   */
  public static EventStore openForReading(Path file) throws SQLException {
    if (!Files.isRegularFile(file)) {
      throw new SQLException("no Sitrep database at " + file.toAbsolutePath()
          + " (check --db or $SITREP_DB; 'sitrep ingest' creates one)");
    }
    if (!Files.isReadable(file)) {
      throw new SQLException("cannot read " + file.toAbsolutePath() + ": permission denied");
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new SQLException("DuckDB JDBC driver missing from the class path", e);
    }
    java.util.Properties readOnly = new java.util.Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
    EventStore store = new EventStore(c, file, new AtomicLong(), 0);
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
      int current = rs.next() ? rs.getInt(1) : 0;
      if (current != SCHEMA_VERSION) {
        c.close();
        throw new SQLException(file + " has schema version " + current + ", this Sitrep reads " + SCHEMA_VERSION
            + (current < SCHEMA_VERSION ? ": run 'sitrep ingest' or 'sitrep import' once to upgrade it" : ": upgrade Sitrep"));
      }
    } catch (SQLException e) {
      if (!c.isClosed()) {
        c.close();
      }
      throw e.getMessage() != null && e.getMessage().contains("schema version") ? e
          : new SQLException(file + " is not a Sitrep database (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
    }
    return store;
  }

  public Path file() {
    return file;
  }

  public FeedLog feeds() {
    return new FeedLog(conn);
  }

  public boolean hasArticle(String id) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
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
  public Optional<String> storyOf(String body) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
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

  /** The sources of a story, one per stored copy, in the order they were stored. */
  public List<String> sourcesOfStory(String storyId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT coalesce(nullif(source, ''), location) FROM articles WHERE story_id = ? ORDER BY ingested_at, id")) {
      ps.setString(1, storyId);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  /** Stores an article with its events as a story of its own; false (nothing written) if already stored. */
  public boolean save(CodedArticle coded) throws SQLException {
    return save(coded, null);
  }

  /**
   * Stores an article with its events; with {@code storyId}, as another copy of that story (its events
   * are the story's, so a copy brings none). Returns false, writing nothing, if already stored.
   */
  public synchronized boolean save(CodedArticle coded, String storyId) throws SQLException {
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
        conn.rollback();
        conn.setAutoCommit(true);
        throw e;
      }
    }
    inTransaction(() -> write(coded, storyId));
    return true;
  }

  /**
   * Group commit: the saves from here to {@link #commitBatch()} share one transaction, so a stream of
   * small articles does not pay a commit (and a sync of the log) each. They are visible to this store's
   * own queries at once, to other connections at the commit. A failed save rolls the whole batch back
   * and ends it.
   */
  public synchronized void beginBatch() throws SQLException {
    if (!inBatch) {
      conn.setAutoCommit(false);
      inBatch = true;
    }
  }

  /** Commits the batch begun by {@link #beginBatch()} and ends it. */
  public synchronized void commitBatch() throws SQLException {
    if (inBatch) {
      inBatch = false;
      try {
        conn.commit();
        version.incrementAndGet();
      } finally {
        conn.setAutoCommit(true);
      }
    }
  }

  /** Writes an article with its events into the open transaction, each event joined to its earlier reports. */
  private void write(CodedArticle coded, String storyId) throws SQLException {
    Article a = coded.article();
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO articles (id, source, location, title, published, body, captions, simhash, story_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(ps, StoreRows.article(a, storyId));
      ps.executeUpdate();
    }
    String eventValues = EVENT_INSERT_COLUMNS + " VALUES (" + "?, ".repeat(StoreRows.EVENT_COLUMNS.size()) + "'sitrep')";
    try (PreparedStatement insert = conn.prepareStatement("INSERT INTO events " + eventValues);
         PreparedStatement merged = conn.prepareStatement("INSERT INTO merged_reports " + eventValues);
         PreparedStatement report = conn.prepareStatement(
             "INSERT INTO event_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      // the merge rule's candidates come from the stored events; a new primary event is remembered by saving it
      EventMerger merger = new EventMerger(new EventMerger.CandidateSource() {
        @Override
        public List<Event> candidatesFor(Event e) {
          try {
            return EventStore.this.candidatesFor(e);
          } catch (SQLException failure) {
            throw new ReadFailure(failure);
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
        } catch (ReadFailure failure) {
          throw failure.getCause();
        }
        PreparedStatement target = m.isFirstReport() ? insert : merged;
        bind(target, StoreRows.event(e));
        target.executeUpdate();
        bind(report, StoreRows.report(m));
        report.executeUpdate();
      }
    }
  }

  /**
   * Imports events coded elsewhere (an ACLED export) beside Sitrep's own, marked with their origin and
   * never merged with them; {@code source} is the pseudo-article that stands for the export file. Events
   * already imported (same id) are skipped, so importing a file again adds nothing. Returns how many
   * were added.
   */
  public synchronized int importEvents(Article source, List<Event> events, String origin) throws SQLException {
    conn.setAutoCommit(false);
    try {
      if (!hasArticle(source.id())) {
        try (PreparedStatement ps = conn.prepareStatement(
            "INSERT INTO articles (id, source, location, title, published, body, captions, simhash, story_id) "
                + "VALUES (?, ?, ?, ?, ?, '', ?, 0, ?)")) {
          ps.setString(1, source.id());
          ps.setString(2, source.source());
          ps.setString(3, source.location());
          ps.setString(4, source.title());
          ps.setDate(5, Date.valueOf(source.published()));
          ps.setArray(6, conn.createArrayOf("VARCHAR", new Object[0]));
          ps.setString(7, source.id());
          ps.executeUpdate();
        }
      }
      int added = 0;
      try (PreparedStatement exists = conn.prepareStatement("SELECT 1 FROM events WHERE id = ?");
           PreparedStatement insert = conn.prepareStatement(
               "INSERT INTO events " + EVENT_INSERT_COLUMNS + " VALUES (" + "?, ".repeat(StoreRows.EVENT_COLUMNS.size())
                   + "?)");
           PreparedStatement report = conn.prepareStatement(
               "INSERT INTO event_reports VALUES (?, ?, ?, 'imported', ?, ?, ?, ?)")) {
        for (Event e : events) {
          exists.setString(1, e.id());
          try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
              continue;
            }
          }
          Object[] row = StoreRows.event(e);
          bind(insert, java.util.Arrays.copyOf(row, row.length + 1));
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
          added++;
        }
      }
      conn.commit();
      version.incrementAndGet();
      return added;
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** Every report of an event, the first one first. */
  public List<EventReport> reports(String eventId) throws SQLException {
    try (PreparedStatement ps = read(
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
   * was joined, and its report row says so. Throws when the report was the event's first report or was
   * merged before the store kept merged reports' coding (schema v5).
   */
  public synchronized void separate(String reportId) throws SQLException {
    String eventId;
    String agreed;
    try (PreparedStatement ps = conn.prepareStatement("SELECT event_id, agreed FROM event_reports WHERE report_id = ?")) {
      ps.setString(1, reportId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("no report " + reportId);
        }
        eventId = rs.getString(1);
        agreed = rs.getString(2);
      }
    }
    if (eventId.equals(reportId)) {
      throw new SQLException("report " + reportId + " is the first report of its event: nothing to separate it from");
    }
    inTransaction(() -> {
      try (PreparedStatement move = conn.prepareStatement("INSERT INTO events BY NAME SELECT * FROM merged_reports WHERE id = ?");
           PreparedStatement drop = conn.prepareStatement("DELETE FROM merged_reports WHERE id = ?");
           PreparedStatement relink = conn.prepareStatement(
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

  /** Work on the store that commits whole or not at all. */
  @FunctionalInterface
  private interface Transaction {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed (and the data version bumped) or rolled back. */
  private void inTransaction(Transaction work) throws SQLException {
    conn.setAutoCommit(false);
    try {
      work.run();
      conn.commit();
      version.incrementAndGet();
    } catch (SQLException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** Stored events that could be the same as this one: same country (or none) and dates within 40 days. */
  private List<Event> candidatesFor(Event e) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT * FROM events WHERE origin = 'sitrep' AND event_date BETWEEN ? AND ? AND coalesce(country, '') = ? AND event_type = ? "
            + "ORDER BY event_date, id")) {
      ps.setDate(1, Date.valueOf(e.date().date().minusDays(EventMerger.CANDIDATE_DAYS)));
      ps.setDate(2, Date.valueOf(e.date().date().plusDays(EventMerger.CANDIDATE_DAYS)));
      ps.setString(3, e.place() == null ? "" : e.place().country());
      ps.setString(4, e.type().acledType());
      List<Event> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readEvent(rs));
        }
      }
      return out;
    }
  }

  /** Articles reporting an event: its reports' articles and the syndicated copies of their stories. */
  public long reportCount(String eventId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(DISTINCT c.id) FROM event_reports r JOIN articles a ON a.id = r.article_id "
            + "JOIN articles c ON c.story_id = a.story_id WHERE r.event_id = ?")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Binds a row of {@link StoreRows} values to the statement's parameters, in order. */
  private void bind(PreparedStatement ps, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setObject(i + 1, null);
      } else if (v instanceof java.time.LocalDate d) {
        ps.setDate(i + 1, Date.valueOf(d));
      } else if (v instanceof String[] array) {
        ps.setArray(i + 1, conn.createArrayOf("VARCHAR", array));
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  /** The tables a Parquet export holds, each in a folder of its name ({@code sitrep-spark} writes these). */
  public static final List<String> PARQUET_TABLES = List.of("articles", "events", "merged_reports", "event_reports");

  /**
   * Loads a Parquet export (folders of month-partitioned files, as {@code sitrep-spark} writes them) into
   * this store, skipping rows whose ids it holds already, so loading again adds nothing. Returns the
   * number of events added.
   */
  public synchronized long importParquet(Path dir) throws SQLException {
    String[][] tables = {{"articles", "id"}, {"events", "id"}, {"merged_reports", "id"}, {"event_reports", "report_id"}};
    long before = countEvents();
    inTransaction(() -> {
      try (Statement st = conn.createStatement()) {
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
    return countEvents() - before;
  }

  /** The date of the earliest stored event: where the data starts. */
  public Optional<java.time.LocalDate> firstEventDate() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT min(event_date) FROM events")) {
      rs.next();
      Date d = rs.getDate(1);
      return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
    }
  }

  public long countEvents() throws SQLException {
    return count("SELECT count(*) FROM events");
  }

  public long countArticles() throws SQLException {
    return count("SELECT count(*) FROM articles");
  }

  private long count(String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** How to bucket events in time, as DuckDB's date_trunc parts. */
  public enum Interval { DAY, WEEK, MONTH, YEAR }

  /** What to split a time series by; the SQL is fixed per value, never taken from input. */
  public enum Grouping {
    NONE("''"), COUNTRY("coalesce(e.country, '')"), ADMIN1("coalesce(e.admin1, '')"),
    ADMIN2("coalesce(e.admin1, '') || ' / ' || coalesce(e.admin2, '')"),
    ACTOR1("coalesce(e.actor1, '')"), ACTOR2("coalesce(e.actor2, '')"), EVENT_TYPE("e.event_type"),
    SUB_EVENT_TYPE("e.sub_event_type");

    private final String sql;

    Grouping(String sql) {
      this.sql = sql;
    }
  }

  /** One bucket of a time series: its first day, its group, the events and their known fatalities. */
  public record Bucket(java.time.LocalDate start, String group, long events, long fatalities) {
  }

  /** Events and fatalities per interval (and group), oldest first. */
  public List<Bucket> series(EventFilter f, Interval interval, Grouping grouping) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    String sql = "SELECT CAST(date_trunc('" + interval.name().toLowerCase(java.util.Locale.ROOT) + "', e.event_date) AS DATE) b, "
        + grouping.sql + " g, count(*), coalesce(sum(e.fatalities), 0) FROM events e " + where
        + " GROUP BY b, g ORDER BY b, g";
    try (PreparedStatement ps = read(sql)) {
      FilterSql.bind(ps, params);
      List<Bucket> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Bucket(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      return out;
    }
  }

  /** Locations {lat, lon} of the located events matching a filter. */
  public List<double[]> points(EventFilter f) throws SQLException {
    return located(f).stream().map(p -> new double[] {p.lat(), p.lon()}).toList();
  }

  /** Dates and locations of the located events matching a filter, in no particular order (counts need none). */
  public List<EventPoint> located(EventFilter f) throws SQLException {
    List<Object> params = new ArrayList<>();
    try (PreparedStatement ps = read("SELECT e.event_date, e.latitude, e.longitude FROM events e "
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

  /** Counts of the events matching a filter for maps and pick-lists. */
  public EventSummaries summaries() {
    return new EventSummaries(this);
  }

  /**
   * The WHERE clause of a filter over {@code events e}, with the filter's admin1 read as any of its
   * stored spellings.
   */
  String where(EventFilter f, List<Object> params) throws SQLException {
    return FilterSql.where(f, params, f.admin1() == null ? List.of() : admin1Spellings(f.admin1()));
  }

  /**
   * The stored first-level division names that are spellings of {@code name}
   * ({@link FilterSql#admin1Spellings}), remembered until the number of events changes: names only
   * come with new events, and counting is cheaper than finding them again on every question.
   */
  private synchronized List<String> admin1Spellings(String name) throws SQLException {
    long events;
    try (PreparedStatement ps = read("SELECT count(*) FROM events"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      events = rs.getLong(1);
    }
    if (events != spellingsAt) {
      spellings.clear();
      spellingsAt = events;
    }
    List<String> known = spellings.get(name);
    if (known == null) {
      known = findAdmin1Spellings(name);
      if (spellings.size() < 10_000) {
        spellings.put(name, known);
      }
    }
    return known;
  }

  private final Map<String, List<String>> spellings = new HashMap<>();
  private long spellingsAt = -1;

  private List<String> findAdmin1Spellings(String name) throws SQLException {
    String sql = FilterSql.admin1Spellings();
    try (PreparedStatement ps = read(sql)) {
      for (int i = 1; i <= sql.chars().filter(c -> c == '?').count(); i++) {
        ps.setString(i, name);
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
  public long count(EventFilter f) throws SQLException {
    List<Object> params = new ArrayList<>();
    try (PreparedStatement ps = read("SELECT count(*) FROM events e " + where(f, params))) {
      FilterSql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Events matching a filter, by date then id. */
  public List<StoredEvent> events(EventFilter f) throws SQLException {
    List<Object> params = new ArrayList<>();
    return list("events e", where(f, params), params, "e.event_date, e.id");
  }

  /** Events per page when they are read a page at a time. */
  private static final int EXPORT_PAGE = 50_000;

  /**
   * Events matching a filter, by date then id, read a page at a time (keyset paging on both): an
   * export of millions holds one page, not all of them. A failure to read a page is an
   * {@link ReadFailure}.
   */
  public Iterable<StoredEvent> eachEvent(EventFilter f) {
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
      throw new ReadFailure(e);
    }
  }

  /**
   * Stored events that could not be read where no checked exception may pass: a page of
   * {@link #eachEvent}, or the merge rule's candidates.
   */
  public static final class ReadFailure extends RuntimeException {
    ReadFailure(SQLException cause) {
      super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** One page of the events matching a query, and how many match in all. */
  public EventQuery.Page page(EventQuery q) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(q.filter(), params);
    long total;
    try (PreparedStatement ps = read("SELECT count(*) FROM events e " + where)) {
      FilterSql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    // the sort column is one of EventQuery.SORTABLE, checked there: never text from the request
    String order = "e." + q.sort() + (q.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", e.id";
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(q.limit());
    pageParams.add(q.offset());
    String page = "(SELECT * FROM events e " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?) e";
    return new EventQuery.Page(total, list(page, "", pageParams, order));
  }

  /** The stored text of an article, if stored. */
  public Optional<String> articleBody(String articleId) throws SQLException {
    try (PreparedStatement ps = read("SELECT body FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** One event by id, if stored. */
  public Optional<StoredEvent> event(String id) throws SQLException {
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
    try (PreparedStatement ps = read(sql)) {
      FilterSql.bind(ps, params);
      List<StoredEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredEvent(readEvent(rs), rs.getString("a_source"), rs.getString("a_location"),
              rs.getString("a_title"), rs.getLong("a_reports"), rs.getString("e_origin")));
        }
      }
      return out;
    }
  }

  /**
   * Another handle on the same database for another thread: DuckDB's connections are not shared
   * between threads, and each reads a consistent snapshot, so a query never sees half an ingest and
   * never waits for one.
   */
  public EventStore duplicate() throws SQLException {
    return duplicate(readTimeoutSeconds);
  }

  /** A duplicate whose reads are interrupted after {@code readTimeoutSeconds} (a server's guard). */
  public EventStore duplicate(int readTimeoutSeconds) throws SQLException {
    return new EventStore(conn.unwrap(org.duckdb.DuckDBConnection.class).duplicate(), file, version, readTimeoutSeconds);
  }

  /** A statement for a read, with this store's time limit. */
  PreparedStatement read(String sql) throws SQLException {
    PreparedStatement ps = conn.prepareStatement(sql);
    if (readTimeoutSeconds > 0) {
      ps.setQueryTimeout(readTimeoutSeconds);
    }
    return ps;
  }

  private static Event readEvent(ResultSet rs) throws SQLException {
    EventDate date = new EventDate(rs.getDate("event_date").toLocalDate(),
        DatePrecision.valueOf(rs.getString("date_precision")), DateSource.valueOf(rs.getString("date_source")));
    EventType type = new EventType(rs.getString("event_key"), rs.getString("cameo_code"), rs.getString("event_type"),
        rs.getString("sub_event_type"));
    Place place = null;
    if (rs.getString("gazetteer_id") != null) {
      place = new Place(rs.getString("gazetteer_id"), rs.getString("location"), rs.getDouble("latitude"),
          rs.getDouble("longitude"), rs.getString("admin1"), rs.getString("admin2"), rs.getString("country"),
          GeoPrecision.valueOf(rs.getString("geo_precision")));
    }
    int fatalities = rs.getInt("fatalities");
    if (rs.wasNull()) {
      fatalities = -1;
    }
    Evidence ev = new Evidence(rs.getString("sentence"), rs.getInt("sentence_start"), rs.getInt("sentence_end"),
        rs.getString("trigger_word"), rs.getInt("trigger_start"), rs.getString("attribution"));
    Counts counts = new Counts(new Counts.Count(fatalities, rs.getString("fatalities_qualifier")),
        count(rs, "wounded"), count(rs, "arrested"));
    return new Event(rs.getString("id"), rs.getString("article_id"), type, date, actor(rs, "actor1", "inter1"),
        actor(rs, "actor2", "inter2"), place, fatalities, ev, counts);
  }

  private static Counts.Count count(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? Counts.Count.UNKNOWN : new Counts.Count(value, rs.getString(column + "_qualifier"));
  }

  private static Actor actor(ResultSet rs, String nameColumn, String interColumn) throws SQLException {
    String name = rs.getString(nameColumn);
    if (name == null) {
      return null;
    }
    return new Actor(name, ActorType.ofInterCode(rs.getInt(interColumn)), rs.getString(nameColumn + "_country"));
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
