package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.store.EventStore;

/**
 * The server over real HTTP and a real DuckDB store: writes need the token, bad and hostile parameters
 * get 400 naming the parameter (never a database error or other rows), pages carry the CSP, and the
 * server will not listen beyond loopback unless told to.
 */
class ServerSecurityTest {
  @TempDir
  static Path dir;
  private static EventStore store;
  private static SitrepServer server;
  private static ApiToken token;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    store = EventStore.open(dir.resolve("s.duckdb"));
    for (int i = 0; i < 3; i++) {
      String id = "a" + i;
      String country = i == 0 ? "IQ" : "SY";
      Article a = new Article(id, "Monitor", "https://example.org/" + id, "Report " + i, LocalDate.of(2020, 5, 1 + i),
          "IS attacked a checkpoint.", List.of());
      Place p = new Place("test:" + id, "Village " + i, 34.6 + i * 0.3, 40.8, "Deir ez-Zor", "", country,
          GeoPrecision.EXACT);
      store.save(new CodedArticle(a, List.of(new Event("e" + i, id, new EventType("armed_clash", "190", "Battles",
          "Armed clash"), new EventDate(LocalDate.of(2020, 5, 1 + i), DatePrecision.DAY, DateSource.TEXT),
          new Actor("Islamic State", ActorType.REBEL_GROUP, ""), null, p, 1,
          new Evidence("IS attacked a checkpoint.", 0, 25, "attacked", 3)))));
    }
    token = ApiToken.loadOrCreate(dir.resolve("config/token"));
    server = SitrepServer.start(store, new SitrepServer.Config("127.0.0.1", 0, false, token, null, null, () -> {
      throw new AssertionError("no ingest reaches the pipeline in these tests");
    }, (lat, lon) -> Optional.of("Hajin")));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String authorization, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aWriteWithoutTheTokenGets401AndStoresNothing() throws Exception {
    assertThat(post("/api/documents", null, "IS attacked Hajin.").statusCode()).isEqualTo(401);
    assertThat(post("/api/documents", "Bearer wrong-token-of-some-length-00000000000", "IS attacked Hajin.").statusCode())
        .isEqualTo(401);
    HttpResponse<String> r = post("/api/documents", "Basic " + token.value(), "x");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(r.body()).get("error").asText()).contains("token");
    assertThat(store.countArticles()).isEqualTo(3);
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWithoutBeingReadWhole() throws Exception {
    long size = SitrepServer.MAX_REQUEST_BYTES + (1 << 20);
    java.io.InputStream endless = new java.io.InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'a');
        left -= n;
        return n;
      }
    };
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer " + token.value())
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(); // no length: sent chunked
    HttpResponse<String> r;
    try {
      r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException closed) {
      return; // the server may also close the connection on the rest of the body: refused either way
    }
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(store.countArticles()).isEqualTo(3);
  }

  @Test
  void theTokenFileIsReadableByItsOwnerOnly() throws Exception {
    assertThat(Files.getPosixFilePermissions(dir.resolve("config/token")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(ApiToken.loadOrCreate(dir.resolve("config/token")).value()).isEqualTo(token.value());
    assertThat(token.value()).hasSize(64);
    Path open = dir.resolve("open-token");
    Files.writeString(open, "0123456789abcdef0123456789abcdef0123456789abcdef\n");
    Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> ApiToken.loadOrCreate(open)).hasMessageContaining("chmod 600");
  }

  @Test
  void theServerRefusesANonLoopbackAddressWithoutTheFlag() {
    assertThatThrownBy(() -> SitrepServer.start(store, new SitrepServer.Config("0.0.0.0", 0, false, token, null, null,
        () -> null, (lat, lon) -> Optional.empty()))).hasMessageContaining("not a loopback address");
  }

  @Test
  void sqlInjectionInAFilterGets400OrNothingNeverAnErrorOrOtherRows() throws Exception {
    for (String attack : List.of("SY' OR '1'='1", "SY; DROP TABLE events; --", "' UNION SELECT * FROM articles --")) {
      HttpResponse<String> r = get("/api/events?country=" + q(attack));
      assertThat(r.statusCode()).as(attack).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("parameter").asText()).isEqualTo("country");
    }
    for (String param : List.of("admin1", "actor", "type", "q")) {
      HttpResponse<String> r = get("/api/events?" + param + "=" + q("x' OR '1'='1' --"));
      assertThat(r.statusCode()).as(param).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("total").asInt()).as(param).isZero();
    }
    HttpResponse<String> sort = get("/api/events?sort=" + q("event_date; DROP TABLE events"));
    assertThat(sort.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(sort.body()).get("parameter").asText()).isEqualTo("sort");
    assertThat(JSON.readTree(get("/api/events").body()).get("total").asInt()).isEqualTo(3); // the table is still there
  }

  @Test
  void badParametersAreNamed() throws Exception {
    JsonNode from = JSON.readTree(get("/api/events?from=2020-13-40").body());
    assertThat(from.get("parameter").asText()).isEqualTo("from");
    assertThat(get("/api/events?limit=100000").statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(get("/api/timeseries?interval=hour").body()).get("parameter").asText()).isEqualTo("interval");
    assertThat(JSON.readTree(get("/api/compare?from=2020-05-01").body()).get("parameter").asText()).isEqualTo("to");
    assertThat(get("/api/events/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void datesMillenniaAwayAreA400NamingTheParameterNotA500OrMinutesOfWork() throws Exception {
    HttpResponse<String> far = get("/api/compare?from=2020-01-01&to=9999-12-31");
    assertThat(far.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(far.body()).get("parameter").asText()).isEqualTo("to");
    HttpResponse<String> huge = get("/api/compare?from=" + q("-999999999-01-01") + "&to=2020-01-01");
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(huge.body()).get("parameter").asText()).isEqualTo("from");
    assertThat(get("/api/events?to=" + q("+999999999-12-31")).statusCode()).isEqualTo(400);
  }

  @Test
  void filtersPagingAndSortingAnswerFromTheStore() throws Exception {
    JsonNode page = JSON.readTree(get("/api/events?country=SY&sort=event_date&order=asc&limit=1").body());
    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("events").get(0).get("event_date").asText()).isEqualTo("2020-05-02");
    JsonNode event = JSON.readTree(get("/api/events/e1").body());
    assertThat(event.get("paragraph").get("text").asText()).isEqualTo("IS attacked a checkpoint.");
    assertThat(event.get("reports")).hasSize(1);
    assertThat(get("/api/export?format=csv&country=IQ").body()).contains("e0").doesNotContain("e1,");
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> r = get("/api/events");
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(get("/").headers().firstValue("Content-Security-Policy")).hasValue(csp);
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/events")).isTrue();
    assertThat(doc.get("paths").get("/api/documents").get("post").has("security")).isTrue();
  }

  @Test
  void aCachedAnswerLastsOnlyUntilTheNextWrite(@TempDir Path own) throws Exception {
    try (EventStore local = EventStore.open(own.resolve("c.duckdb"));
         SitrepServer s = SitrepServer.start(local, new SitrepServer.Config("127.0.0.1", 0, false, token, null, null,
             () -> null, (lat, lon) -> Optional.empty()))) {
      String url = "http://127.0.0.1:" + s.port() + "/api/events?country=SY";
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
      HttpResponse<String> first = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> again = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(again.headers().firstValue("X-Sitrep-Cache")).hasValue("hit");
      assertThat(again.body()).isEqualTo(first.body());
      assertThat(JSON.readTree(first.body()).get("total").asInt()).isZero();
      Article a = new Article("late", "Monitor", "https://example.org/late", "Late report", LocalDate.of(2020, 5, 9),
          "IS attacked a post.", List.of());
      local.save(new CodedArticle(a, List.of(new Event("e-late", "late", new EventType("armed_clash", "190", "Battles",
          "Armed clash"), new EventDate(LocalDate.of(2020, 5, 9), DatePrecision.DAY, DateSource.TEXT),
          new Actor("Islamic State", ActorType.REBEL_GROUP, ""), null,
          new Place("test:late", "Far village", 36.5, 38.0, "Raqqa", "", "SY", GeoPrecision.EXACT), 0,
          new Evidence("IS attacked a post.", 0, 19, "attacked", 3)))));
      HttpResponse<String> after = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(after.headers().firstValue("X-Sitrep-Cache")).hasValue("miss");
      assertThat(JSON.readTree(after.body()).get("total").asInt()).isEqualTo(1);
    }
  }

  @Test
  void anAnswerPastItsDeadlineIsA503NamingTheLimitAndTheServerGoesOn(@TempDir Path own) throws Exception {
    try (EventStore local = EventStore.open(own.resolve("d.duckdb"));
         SitrepServer s = SitrepServer.start(local, new SitrepServer.Config("127.0.0.1", 0, false, token, null, null,
             () -> null, (lat, lon) -> Optional.empty()).withDeadline(java.time.Duration.ZERO))) {
      for (String path : List.of("/api/events?country=SY", "/api/timeseries", "/api/hotspots",
          "/api/compare?from=2020-05-01&to=2020-05-31")) {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(503);
        assertThat(JSON.readTree(r.body()).get("error").asText()).as(path).contains("ran past 0 s");
      }
    }
    assertThat(get("/api/events?country=SY").statusCode()).isEqualTo(200);
  }

  @Test
  void aClientTricklingItsHeadersIsCutOffAtTheHeaderDeadlineAndOthersAreStillServed() throws Exception {
    try (java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
      java.io.OutputStream out = slow.getOutputStream();
      out.write("GET /api/events HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      slow.setSoTimeout(1000);
      long start = System.nanoTime();
      boolean closed = false;
      // a header line a second: each byte restarts Jetty's idle timeout, so only the header deadline ends it
      for (int i = 0; i < 30 && !closed; i++) {
        try {
          closed = slow.getInputStream().read() == -1;
        } catch (java.net.SocketTimeoutException stillOpen) {
          out.write(("X-Trickle-" + i + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (java.io.IOException reset) {
          closed = true;
        }
      }
      java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
      assertThat(closed).as("the trickling connection was closed").isTrue();
      assertThat(took).isGreaterThanOrEqualTo(HeaderDeadline.LIMIT.minusSeconds(1))
          .isLessThan(HeaderDeadline.LIMIT.plusSeconds(5));
      assertThat(get("/api/events?country=SY").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aHandlersOwn404SaysWhatIsMissingAreasWithoutShapesOrAnUnknownEvent() throws Exception {
    HttpResponse<String> r = get("/api/areas?country=SY");
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("error").asText()).contains("without division shapes");
    assertThat(body.has("parameter") && !body.get("parameter").isNull()).isFalse();
    HttpResponse<String> none = get("/api/events/e-none");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(none.body()).get("error").asText()).isEqualTo("no event e-none");
  }
}
