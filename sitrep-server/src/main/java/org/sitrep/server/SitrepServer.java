package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.sitrep.analysis.EventCells;
import org.sitrep.analysis.HotSpots;
import org.sitrep.analysis.PeriodComparison;
import org.sitrep.analysis.SituationReport;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.DivisionNames;
import org.sitrep.export.EventWriters;
import org.sitrep.export.HotSpotsGeoJson;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.stage.Stage;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventSummaries;
import org.sitrep.store.StoredEvent;

/**
 * {@code sitrep serve}: the REST API under /api and the dashboard, from one process. Reads go through
 * one DuckDB connection per server thread, duplicated from the store's, so each reads a consistent
 * snapshot and an ingest neither blocks nor tears them; writes (POST /api/documents) need the bearer
 * token and go through the store's own connection. Every page is served with a strict
 * Content-Security-Policy (scripts, styles and data from this origin only), and article text reaches
 * the browser as JSON, which the dashboard puts into the page as text, never as markup.
 */
public final class SitrepServer implements AutoCloseable {
  /** Request bodies larger than this are refused (413) before they are read. */
  public static final long MAX_REQUEST_BYTES = 16L << 20;
  /** A read that runs longer is interrupted and answered with 503, so one heavy question cannot starve the rest. */
  public static final int QUERY_SECONDS = 20;
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the server needs to start; {@code pipeline} is built on the first ingest (CoreNLP loads then);
   * {@code areas}, the divisions for the map by area, may be null (no areas view).
   */
  public record Config(String host, int port, boolean allowRemote, ApiToken token, Path assets, String tileUrl,
                       Supplier<Stage<Article, CodedArticle>> pipeline,
                       BiFunction<Double, Double, Optional<String>> nearestPlace, java.time.Duration deadline,
                       AdminAreas areas) {
    /** With the default deadline of {@value #QUERY_SECONDS} s for every answer and no areas. */
    public Config(String host, int port, boolean allowRemote, ApiToken token, Path assets, String tileUrl,
                  Supplier<Stage<Article, CodedArticle>> pipeline,
                  BiFunction<Double, Double, Optional<String>> nearestPlace) {
      this(host, port, allowRemote, token, assets, tileUrl, pipeline, nearestPlace,
          java.time.Duration.ofSeconds(QUERY_SECONDS), null);
    }

    /** The same with another deadline for every answer. */
    public Config withDeadline(java.time.Duration limit) {
      return new Config(host, port, allowRemote, token, assets, tileUrl, pipeline, nearestPlace, limit, areas);
    }

    /** The same with the divisions the map shades by area. */
    public Config withAreas(AdminAreas divisions) {
      return new Config(host, port, allowRemote, token, assets, tileUrl, pipeline, nearestPlace, deadline, divisions);
    }
  }

  private final Javalin app;
  private final EventStore store;
  private final ReadConnections readers;
  private final Config config;
  private final Deadline deadline;
  /** Closes slow-header connections; set once the server has started. */
  private HeaderDeadline headerDeadline;
  private volatile Stage<Article, CodedArticle> pipeline;

  private SitrepServer(EventStore store, Config config) {
    this.store = store;
    this.config = config;
    this.deadline = new Deadline(config.deadline(), Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    int statementSeconds = (int) Math.max(1, config.deadline().toSeconds());
    this.readers = new ReadConnections(store, statementSeconds);
    this.app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = MAX_REQUEST_BYTES;
      c.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/sitrep/server/web";
        sf.location = Location.CLASSPATH;
      });
      if (config.assets() != null && Files.isDirectory(config.assets())) {
        for (String pkg : Assets.PACKAGES) {
          Path dir = config.assets().resolve(pkg);
          if (Files.isDirectory(dir)) {
            c.staticFiles.add(sf -> {
              sf.hostedPath = "/assets/" + pkg;
              sf.directory = dir.toString();
              sf.location = Location.EXTERNAL;
            });
          }
        }
      }
      c.staticFiles.enableWebjars();
    });
    routes();
  }

  /**
   * Starts the server. Refuses a non-loopback address unless {@code allowRemote} is set: the API
   * serves article text and takes writes, which a shared network should not reach by accident.
   */
  public static SitrepServer start(EventStore store, Config config) throws IOException {
    InetAddress address = InetAddress.getByName(config.host());
    if (!address.isLoopbackAddress() && !config.allowRemote()) {
      throw new IllegalArgumentException("refusing to listen on " + config.host() + ", which is not a loopback address:"
          + " pass --allow-remote to serve other machines (writes still need the token)");
    }
    if (config.token() == null) {
      throw new IllegalArgumentException("a token is required");
    }
    SitrepServer server = new SitrepServer(store, config);
    server.app.start(config.host(), config.port());
    server.headerDeadline = HeaderDeadline.watch(server.app.jettyServer().server(), HeaderDeadline.LIMIT);
    return server;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    if (headerDeadline != null) {
      headerDeadline.close();
    }
    deadline.close();
    readers.close();
  }

  private EventStore reader() {
    return readers.get();
  }

  private void routes() {
    String policy = SecurityHeaders.contentSecurityPolicy(config.tileUrl());
    app.before(ctx -> SecurityHeaders.apply(ctx, policy));
    app.before("/api/*", ctx -> {
      if (!READ_METHODS.contains(ctx.method().name()) && !config.token().accepts(ctx.header("Authorization"))) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new Unauthorized();
      }
    });
    ErrorAnswers.register(app, deadline.limit(), MAX_REQUEST_BYTES);
    app.exception(Unauthorized.class, (e, ctx) -> ErrorAnswers.send(ctx, HttpStatus.UNAUTHORIZED,
        "writes need the bearer token: Authorization: Bearer <token from the token file>", null));

    app.get("/api/events", ctx -> answer(ctx, this::events));
    app.get("/api/events/{id}", this::event);
    app.get("/api/timeseries", ctx -> answer(ctx, this::timeseries));
    app.get("/api/compare", ctx -> answer(ctx, this::compare));
    app.get("/api/hotspots", ctx -> answer(ctx, this::hotspots));
    app.get("/api/map", ctx -> answer(ctx, this::map));
    app.get("/api/facets", ctx -> answer(ctx, this::facets));
    app.get("/api/areas", ctx -> {
      if (config.areas() == null) { // not a bad parameter: no parameter would help
        ErrorAnswers.send(ctx, HttpStatus.NOT_FOUND, "this server was started without division shapes"
            + " (they are drawn from the gazetteer and the world-countries outline that ./setup caches)", null);
      } else {
        answer(ctx, this::areas);
      }
    });
    app.get("/api/export", this::export);
    app.get("/api/report", this::report);
    app.get("/api/config", ctx -> ctx.json(Map.of("tile_url", config.tileUrl() == null ? "" : config.tileUrl())));
    app.post("/api/documents", this::ingest);
    app.get("/api/openapi.json", ctx -> {
      try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
        ctx.contentType("application/json").result(in.readAllBytes());
      }
    });
    app.get("/api/docs", ctx -> ctx.redirect("/swagger.html"));
  }

  private static final class Unauthorized extends RuntimeException {
  }

  // ---- reads ------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Query {
    Object run(Context ctx) throws Exception;
  }

  private final AnswerCache answers = new AnswerCache();

  /** A question's answer: from the cache while the data is unchanged, else computed under the deadline. */
  private void answer(Context ctx, Query query) throws Exception {
    String question = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    AnswerCache.Answer a = answers.get(question, store.version(), () -> {
      Object result = deadline.run(() -> query.run(ctx));
      return result instanceof AnswerCache.Answer ready ? ready
          : new AnswerCache.Answer("application/json", JSON.writeValueAsBytes(result));
    }, how -> ctx.header("X-Sitrep-Cache", how));
    ctx.contentType(a.contentType()).result(a.body());
  }

  private Object events(Context ctx) throws SQLException {
    EventQuery q = new EventQuery(Params.filter(ctx),
        Params.oneOf(ctx, "sort", "event_date", Set.copyOf(EventQuery.SORTABLE)),
        !"asc".equals(Params.oneOf(ctx, "order", "desc", Set.of("asc", "desc"))),
        Params.integer(ctx, "limit", 50, 1, EventQuery.MAX_LIMIT), Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    return JsonAnswers.page(q, reader().page(q));
  }

  /** One event, its reports, and the paragraph of its first report with the sentence's place in it. */
  private void event(Context ctx) throws SQLException {
    String id = ctx.pathParam("id");
    if (id.length() > 64) {
      throw new BadParameter("id", "longer than 64 characters");
    }
    Optional<StoredEvent> found = reader().event(id);
    if (found.isEmpty()) {
      ErrorAnswers.send(ctx, HttpStatus.NOT_FOUND, "no event " + id, "id");
      return;
    }
    StoredEvent e = found.get();
    ctx.json(JsonAnswers.event(e, reader().reports(id), reader().articleBody(e.event().articleId()).orElse("")));
  }

  private Object timeseries(Context ctx) throws SQLException {
    return JsonAnswers.series(reader().series(Params.filter(ctx), Params.interval(ctx), Params.grouping(ctx)));
  }

  private Object compare(Context ctx) throws SQLException {
    LocalDate from = Params.requiredDate(ctx, "from");
    LocalDate to = Params.requiredDate(ctx, "to");
    EventFilter filter = Params.filter(ctx);
    return JsonAnswers.comparison(PeriodComparison.of(reader(), filter.between(null, null), from, to));
  }

  /**
   * Every matching event on the map: those in view counted per H3 cell at the requested resolution, with
   * the numbers outside the view and without a place, so the parts add up to the total at any volume.
   */
  private Object map(Context ctx) throws SQLException {
    int resolution = Params.integer(ctx, "resolution", 4, 0, 9);
    EventSummaries.Tally tally = reader().summaries().tally(Params.filter(ctx), EventCells.snapStep(resolution),
        Params.bounds(ctx));
    return JsonAnswers.map(tally, EventCells.of(tally.places(), resolution), resolution);
  }

  /** The commonest values of each pick-list among the matching events, with their counts. */
  private Object facets(Context ctx) throws SQLException {
    return JsonAnswers.facets(reader().summaries().facets(Params.filter(ctx), Params.integer(ctx, "limit", 50, 1, 500)));
  }

  /**
   * The country's first- or second-level divisions ({@code level} 1 or 2) as GeoJSON areas with their
   * events and fatalities, for a map shaded by area; events whose division has another spelling or
   * another of GeoNames' names are matched by its spelling key.
   */
  private Object areas(Context ctx) throws SQLException, IOException {
    EventFilter filter = Params.filter(ctx);
    if (filter.country() == null) {
      throw new BadParameter("country", "required: areas are drawn for one country at a time");
    }
    int level = Params.integer(ctx, "level", 1, 1, 2);
    List<AdminAreas.Area> areas = config.areas().of(filter.country(), level);
    List<EventSummaries.AreaCount> counts = reader().summaries().byDivision(filter, level);
    return new AnswerCache.Answer("application/geo+json",
        JSON.writeValueAsBytes(JsonAnswers.areas(areas, counts, DivisionNames.cached())));
  }

  private Object hotspots(Context ctx) throws SQLException, IOException {
    List<double[]> points = reader().points(Params.filter(ctx));
    List<HotSpots.Cell> cells = HotSpots.compute(points, Params.integer(ctx, "resolution", 6, 0, 10),
        Params.integer(ctx, "rings", 1, 1, 5));
    boolean all = "true".equals(Params.oneOf(ctx, "all", "false", Set.of("true", "false")));
    return new AnswerCache.Answer("application/geo+json", JSON.writeValueAsBytes(HotSpotsGeoJson.of(cells, all,
        config.nearestPlace())));
  }

  /**
   * Events as a file, streamed as they are read a page at a time: an export of a million events holds
   * one page and the output buffer, not the whole answer.
   */
  private void export(Context ctx) throws Exception {
    EventWriters.Format format = EventWriters.Format.valueOf(Params.oneOf(ctx, "format", "csv",
        Set.of("csv", "geojson", "parquet", "jsonl")).toUpperCase(Locale.ROOT));
    EventFilter filter = Params.filter(ctx);
    EventStore events = reader();
    ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format.extension() + "\"");
    ctx.contentType(format.mediaType());
    try {
      EventWriters.write(format, events.eachEvent(filter), ctx.outputStream());
    } catch (EventStore.ReadFailure e) {
      throw e.getCause();
    }
  }

  private void report(Context ctx) throws SQLException {
    LocalDate from = Params.requiredDate(ctx, "from");
    LocalDate to = Params.requiredDate(ctx, "to");
    String format = Params.oneOf(ctx, "format", "md", Set.of("md", "html", "chart.svg", "map.svg"));
    EventFilter filter = Params.filter(ctx).between(null, null);
    SituationReport r = SituationReport.build(reader(), filter, SituationReport.regionName(filter), from, to,
        config.nearestPlace());
    switch (format) {
      case "html" -> ctx.contentType("text/html; charset=utf-8").result(r.html());
      case "chart.svg" -> ctx.contentType("image/svg+xml").result(r.chartSvg());
      case "map.svg" -> ctx.contentType("image/svg+xml").result(r.mapSvg());
      default -> ctx.contentType("text/markdown; charset=utf-8")
          .header("Content-Disposition", "inline; filename=\"sitrep-report-" + from + "-" + to + ".md\"")
          .result(r.markdown());
    }
  }

  // ---- writes -----------------------------------------------------------------------------------

  /**
   * Ingests the request body: an HTML page, plain text, or JSON lines (by Content-Type), with
   * {@code published} and {@code source} as for {@code sitrep ingest}. Bad input gets 422 naming the
   * problem; nothing stored is touched.
   */
  private void ingest(Context ctx) throws SQLException, java.io.IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    String suffix = type.startsWith("text/html") ? ".html" : type.contains("ndjson") || type.contains("jsonl") ? ".jsonl"
        : type.startsWith("text/plain") ? ".txt" : null;
    if (suffix == null) {
      throw new BadParameter("Content-Type", "text/html, text/plain or application/x-ndjson, not '" + type + "'");
    }
    // read to the limit and no further: a chunked body has no Content-Length for Jetty to refuse it by
    byte[] body;
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes((int) MAX_REQUEST_BYTES + 1);
    }
    if (body.length > MAX_REQUEST_BYTES) {
      ErrorAnswers.send(ctx, HttpStatus.CONTENT_TOO_LARGE, "request body over " + MAX_REQUEST_BYTES + " bytes", null);
      return;
    }
    String url = Params.text(ctx, "url");
    String location = url != null ? url : "api:" + Integer.toHexString(java.util.Arrays.hashCode(body)) + suffix;
    ReadOptions options = new ReadOptions(Params.date(ctx, "published"), Params.text(ctx, "source"));
    List<String> errors = new ArrayList<>();
    IngestJob.Summary summary = new IngestJob(pipeline(), store).run(List.of(DocumentSource.of(location, body)), options,
        new IngestJob.Listener() {
          @Override
          public void failed(IngestException e) {
            errors.add(e.getMessage());
          }

          @Override
          public void done(int index, int total, String where, IngestJob.Outcome outcome, int events) {
          }
        });
    ctx.status(summary.stored() + summary.alreadyStored() + summary.copies() > 0 ? HttpStatus.OK
        : HttpStatus.UNPROCESSABLE_CONTENT).json(JsonAnswers.ingest(summary, errors));
  }

  private Stage<Article, CodedArticle> pipeline() {
    Stage<Article, CodedArticle> p = pipeline;
    if (p == null) {
      synchronized (this) {
        if (pipeline == null) {
          pipeline = config.pipeline().get();
        }
        p = pipeline;
      }
    }
    return p;
  }
}
