package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;

/**
 * Articles and their events in an embedded DuckDB file. Each article is written with its events in one
 * transaction, keyed by content id: re-ingesting adds nothing, and an interrupted run loses at most the
 * article it was writing. All SQL takes parameters; none is built from input.
 *
 * <p>This class opens the file and is the one handle callers hold; the work is split by concern over
 * one connection ({@link StoreConnection}): the schema and its migrations ({@link Schema}), writes
 * ({@link EventWrites}), questions ({@link EventReads}, {@link EventSummaries}), the report log
 * ({@link ReportLog}) and imports ({@link EventImports}). Writes are serialised on this handle.
 */
public final class EventStore implements AutoCloseable {
  /** Bumped with every change to the tables; {@link Schema#migrate} brings older files up to date. */
  public static final int SCHEMA_VERSION = 8;
  /** The tables a Parquet export holds, each in a folder of its name ({@code sitrep-spark}). */
  public static final List<String> PARQUET_TABLES = List.of("articles", "events", "merged_reports", "event_reports");

  private final StoreConnection db;
  private final Path file;
  private final EventWrites writes;
  private final EventReads reads;
  private final ReportLog reports;
  private final EventImports imports;

  private EventStore(StoreConnection db, Path file) {
    this.db = db;
    this.file = file;
    this.writes = new EventWrites(db);
    this.reads = new EventReads(db);
    this.reports = new ReportLog(db);
    this.imports = new EventImports(db, writes);
  }

  /** Changes whenever stored events change through this store or a duplicate of it. */
  public long version() {
    return db.version();
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
    requireWritable(file);
    try {
      Class.forName("org.duckdb.DuckDBDriver");
    } catch (ClassNotFoundException e) {
      throw new SQLException("DuckDB JDBC driver missing from the class path", e);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    EventStore store = new EventStore(new StoreConnection(c, new AtomicLong(), 0), file);
    Schema.migrate(c, file);
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
   * Refuses a database that could be opened but not written, before DuckDB opens it: DuckDB keeps its
   * write-ahead log beside the file, and in a directory it may not write the first commit fails with
   * "cannot commit - no transaction is active", which hides the cause. Creating a file is the test,
   * not the permission bits, which say nothing for root or for an immutable or read-only mount.
   */
  private static void requireWritable(Path file) throws SQLException {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path probe = Files.createTempFile(dir, ".sitrep-write-check", ".tmp");
      Files.delete(probe);
    } catch (java.io.IOException e) {
      throw new SQLException("cannot write in " + dir + ", where the database " + file.getFileName()
          + " and its write-ahead log live (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); read commands (events, trends, report) open it read-only", e);
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new SQLException("cannot write " + file.toAbsolutePath() + ": permission denied;"
          + " read commands (events, trends, report) open it read-only");
    }
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
    EventStore store = new EventStore(new StoreConnection(c, new AtomicLong(), 0), file);
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
    return new FeedLog(db.conn);
  }

  // ---- writes (EventWrites) ----

  public boolean hasArticle(String id) throws SQLException {
    return writes.hasArticle(id);
  }

  /** The stored story that this text is a copy of ({@link EventWrites#storyOf}). */
  public Optional<String> storyOf(String body) throws SQLException {
    return writes.storyOf(body);
  }


  /** Stores an article with its events as a story of its own; false (nothing written) if already stored. */
  public boolean save(CodedArticle coded) throws SQLException {
    return save(coded, null);
  }

  /** Stores an article with its events, perhaps as a copy of a story ({@link EventWrites#save}). */
  public synchronized boolean save(CodedArticle coded, String storyId) throws SQLException {
    return writes.save(coded, storyId);
  }

  /** Group commit: the saves from here to {@link #commitBatch()} share one transaction. */
  public synchronized void beginBatch() throws SQLException {
    writes.beginBatch();
  }

  /** Commits the batch begun by {@link #beginBatch()} and ends it. */
  public synchronized void commitBatch() throws SQLException {
    writes.commitBatch();
  }

  // ---- imports (EventImports) ----

  /** Imports events coded elsewhere beside Sitrep's own ({@link EventImports#importEvents}). */
  public synchronized int importEvents(Article source, List<Event> events, String origin) throws SQLException {
    return imports.importEvents(source, events, origin);
  }

  /** Loads a Parquet export of {@code sitrep-spark} ({@link EventImports#importParquet}). */
  public synchronized long importParquet(Path dir) throws SQLException {
    return imports.importParquet(dir);
  }

  // ---- the report log (ReportLog) ----

  /** Every report of an event, the first one first. */
  public List<EventReport> reports(String eventId) throws SQLException {
    return reports.reports(eventId);
  }

  /** Undoes a merge ({@link ReportLog#separate}). */
  public synchronized void separate(String reportId) throws SQLException {
    reports.separate(reportId);
  }


  // ---- questions (EventReads, EventSummaries) ----

  /** How to bucket events in time, as DuckDB's date_trunc parts. */
  public enum Interval { DAY, WEEK, MONTH, YEAR }

  /** What to split a time series by; the SQL is fixed per value, never taken from input. */
  public enum Grouping {
    NONE("''"), COUNTRY("coalesce(e.country, '')"), ADMIN1("coalesce(e.admin1, '')"),
    ADMIN2("coalesce(e.admin1, '') || ' / ' || coalesce(e.admin2, '')"),
    ACTOR1("coalesce(e.actor1, '')"), ACTOR2("coalesce(e.actor2, '')"), EVENT_TYPE("e.event_type"),
    SUB_EVENT_TYPE("e.sub_event_type");

    final String sql;

    Grouping(String sql) {
      this.sql = sql;
    }
  }

  /** One bucket of a time series: its first day, its group, the events and their known fatalities. */
  public record Bucket(java.time.LocalDate start, String group, long events, long fatalities) {
  }

  /** The date of the earliest stored event: where the data starts. */
  public Optional<java.time.LocalDate> firstEventDate() throws SQLException {
    return reads.firstEventDate();
  }

  public long countEvents() throws SQLException {
    return reads.countEvents();
  }

  public long countArticles() throws SQLException {
    return reads.countArticles();
  }

  /** Events and fatalities per interval (and group), oldest first. */
  public List<Bucket> series(EventFilter f, Interval interval, Grouping grouping) throws SQLException {
    return reads.series(f, interval, grouping);
  }

  /** Locations {lat, lon} of the located events matching a filter. */
  public List<double[]> points(EventFilter f) throws SQLException {
    return reads.points(f);
  }

  /** Dates and locations of the located events matching a filter, in no particular order. */
  public List<EventPoint> located(EventFilter f) throws SQLException {
    return reads.located(f);
  }

  /** Counts of the events matching a filter for maps and pick-lists. */
  public EventSummaries summaries() {
    return new EventSummaries(this);
  }

  /** Number of events matching a filter. */
  public long count(EventFilter f) throws SQLException {
    return reads.count(f);
  }

  /** Events matching a filter, by date then id. */
  public List<StoredEvent> events(EventFilter f) throws SQLException {
    return reads.events(f);
  }

  /** Events matching a filter, by date then id, read a page at a time ({@link EventReads#eachEvent}). */
  public Iterable<StoredEvent> eachEvent(EventFilter f) {
    return reads.eachEvent(f);
  }

  Iterable<StoredEvent> eachEvent(EventFilter f, int pageSize) {
    return reads.eachEvent(f, pageSize);
  }

  /** One page of the events matching a query, and how many match in all. */
  public EventQuery.Page page(EventQuery q) throws SQLException {
    return reads.page(q);
  }

  /** The stored text of an article, if stored. */
  public Optional<String> articleBody(String articleId) throws SQLException {
    return reads.articleBody(articleId);
  }

  /** One event by id, if stored. */
  public Optional<StoredEvent> event(String id) throws SQLException {
    return reads.event(id);
  }

  /** The WHERE clause of a filter over {@code events e} ({@link EventReads#where}). */
  String where(EventFilter f, List<Object> params) throws SQLException {
    return reads.where(f, params);
  }

  /** A statement for a read, with this store's time limit. */
  PreparedStatement read(String sql) throws SQLException {
    return db.read(sql);
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

  /**
   * Another handle on the same database for another thread: DuckDB's connections are not shared
   * between threads, and each reads a consistent snapshot, so a query never sees half an ingest and
   * never waits for one.
   */
  public EventStore duplicate() throws SQLException {
    return duplicate(db.readTimeoutSeconds());
  }

  /**
   * Whether a read failed because it ran past the store's time limit ({@link #duplicate(int)}). JDBC's
   * {@link java.sql.SQLTimeoutException} says so where a driver uses it; DuckDB's interrupts the
   * statement and reports an "INTERRUPT" error instead, which only the store should have to know.
   */
  public static boolean timedOut(SQLException e) {
    return e instanceof java.sql.SQLTimeoutException || String.valueOf(e.getMessage()).contains("INTERRUPT");
  }

  /** A duplicate whose reads are interrupted after {@code readTimeoutSeconds} (a server's guard). */
  public EventStore duplicate(int readTimeoutSeconds) throws SQLException {
    return new EventStore(db.duplicate(readTimeoutSeconds), file);
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
