package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.TestGazetteer;

/**
 * {@code sitrep watch} as a user runs it: a real process against a real feed server on loopback, with the
 * real CoreNLP pipeline and DuckDB, killed with SIGKILL in the middle of a poll and started again.
 */
class WatchCommandTest {
  private static final int ITEMS = 5;
  private static final String[] PLACES = {"Hajin", "Busayrah", "Tadmur", "Homs", "Idlib"};

  private HttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final List<String> feedAnswers = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startFeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", this::feed);
    server.createContext("/news/", this::page);
    server.start();
  }

  @AfterEach
  void stopFeedServer() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** An RSS feed of teaser items with an ETag; a request carrying it gets 304. */
  private void feed(HttpExchange ex) throws IOException {
    requests.computeIfAbsent("/feed.xml", k -> new AtomicInteger()).incrementAndGet();
    String etag = "\"v1\"";
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      feedAnswers.add("304");
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    feedAnswers.add("200");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
        + "<link>" + base() + "/</link><description>t</description>");
    for (int i = 1; i <= ITEMS; i++) {
      xml.append("<item><title>Report ").append(i).append("</title><link>").append(base()).append("/news/").append(i)
          .append("</link><guid>report-").append(i).append("</guid><pubDate>Thu, 07 May 2020 10:00:00 GMT</pubDate>")
          .append("<description>Teaser ").append(i).append("</description></item>");
    }
    xml.append("</channel></rss>");
    byte[] body = xml.toString().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
    ex.getResponseHeaders().add("ETag", etag);
    ex.sendResponseHeaders(200, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  /** The article behind item N: a dated report of one arrest at a distinct place. */
  private void page(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    int n = Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    String html = """
        <html><head><title>Arrests in %1$s</title>
        <meta property="article:published_time" content="2020-05-07T10:00:00Z"></head>
        <body><article><h1>Arrests in %1$s</h1>
        <p>SDF fighters arrested %2$d members of an IS cell in %1$s on May %2$d, the SDF said in report number %2$d.</p>
        <p>The cell had planted roadside bombs near %1$s in the past month, according to the statement.</p>
        </article></body></html>""".formatted(PLACES[n - 1], n);
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(200, body.length);
    ex.getResponseBody().write(body);
    ex.close();
  }

  private Process watch(Path dir, Path db, String... extra) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-XX:+UseParallelGC", "-cp", classPath, "org.sitrep.cli.SitrepCommand", "watch", base() + "/feed.xml",
        "--db", db.toString(), "--interval", "PT1S", "--host-delay", "PT0.05S"));
    command.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("SITREP_CACHE", dir.resolve("cache").toString());
    return pb.start();
  }

  @Test
  void aWatchKilledMidPollAndRestartedIngestsEveryItemExactlyOnce(@TempDir Path dir) throws Exception {
    TestGazetteer.writePackages(dir.resolve("cache/npm/node_modules"));
    Path db = dir.resolve("watch.duckdb");

    Process first = watch(dir, db);
    List<String> firstLines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      int ingested = 0;
      String line;
      while (ingested < 2 && (line = out.readLine()) != null) {
        firstLines.add(line);
        ingested += line.startsWith("ingested ") ? 1 : 0;
      }
      // two items are stored and the third is being coded: the poll is half done
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    assertThat(firstLines).filteredOn(l -> l.startsWith("ingested ")).hasSize(2);
    assertThat(feedAnswers).containsExactly("200");

    Process second = watch(dir, db, "--rounds", "2");
    String secondOut = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(second.exitValue()).as(secondOut).isZero();
    // the restart read the feed again in full (its poll was never completed), then got a 304
    assertThat(feedAnswers).as(secondOut).containsExactly("200", "200", "304");

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      for (int i = 1; i <= ITEMS; i++) {
        try (var ps = c.prepareStatement("SELECT count(*) FROM articles WHERE location = ?")) {
          ps.setString(1, base() + "/news/" + i);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("articles of item %d\n%s", i, secondOut).isEqualTo(1);
          }
        }
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*), count(DISTINCT item_key) FROM feed_items")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(ITEMS);
        assertThat(rs.getInt(2)).isEqualTo(ITEMS);
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM articles")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(ITEMS);
      }
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT count(DISTINCT a.location) FROM events e JOIN articles a ON a.id = e.article_id "
              + "WHERE e.sub_event_type = 'Arrests'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("articles whose arrest was coded").isEqualTo(ITEMS);
      }
    }
    // what was stored before the kill is never fetched again; pages read ahead but not yet stored are
    for (int i = 1; i <= ITEMS; i++) {
      int fetched = requests.getOrDefault("/news/" + i, new AtomicInteger()).get();
      String link = base() + "/news/" + i;
      boolean storedBeforeKill = firstLines.stream().anyMatch(l -> l.startsWith("ingested " + link + " "));
      assertThat(fetched).as("fetches of item %d", i).isBetween(1, storedBeforeKill ? 1 : 2);
    }
  }
}
