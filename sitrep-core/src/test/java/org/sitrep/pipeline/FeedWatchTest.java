package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;
import org.sitrep.store.FeedLog;

/** One feed over real HTTP on loopback, polled into a real store with the real pipeline. */
class FeedWatchTest {
  private static final String FEED = """
      <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://x/</link><description>d</description>
      <item><title>Arrests</title><guid>a-1</guid><pubDate>Thu, 07 May 2020 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;SDF fighters arrested three members of an IS cell in Hajin on May 1, the SDF said. %s&lt;/p&gt;</description>
      </item></channel></rss>""".formatted("The cell had planted roadside bombs near the town, according to the statement. ".repeat(20));

  @Test
  void aFailingFeedBacksOffAsAskedThenAnUnchangedFeedCostsA304(@TempDir Path dir) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<String> conditional = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed", ex -> {
      int n = calls.incrementAndGet();
      conditional.add(String.valueOf(ex.getRequestHeaders().getFirst("If-None-Match")));
      if (n == 1) {
        ex.getResponseHeaders().add("Retry-After", "120");
        ex.sendResponseHeaders(503, -1);
      } else if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
      } else {
        byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("ETag", "\"v1\"");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      }
      ex.close();
    });
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
    List<String> statuses = new ArrayList<>();
    FeedWatch.Listener listener = new FeedWatch.Listener() {
      public void polled(String feed, String status) {
        statuses.add(status);
      }

      public void item(String feed, String location, IngestJob.Outcome outcome, int events) {
      }

      public void failed(IngestException e) {
        throw new AssertionError(e);
      }
    };
    try (EventStore store = EventStore.open(dir.resolve("w.duckdb"))) {
      FeedWatch watch = new FeedWatch(new IngestJob(PipelineFixture.pipeline(), store, 1, 1), store.feeds(),
          new FeedWatch.Settings(Duration.ofSeconds(10), Duration.ZERO, Duration.ofHours(1)));
      ReadOptions options = new ReadOptions(LocalDate.of(2020, 5, 7), null);

      FeedLog.FeedState failed = watch.poll(FeedLog.FeedState.fresh(url), options, listener);
      assertThat(failed.failures()).isEqualTo(1);
      assertThat(failed.nextPoll()).as("Retry-After beats 10 s x 2").isAfter(Instant.now().plusSeconds(110));
      assertThat(failed.lastStatus()).contains("HTTP 503");

      FeedLog.FeedState read = watch.poll(failed, options, listener);
      assertThat(read.failures()).isZero();
      assertThat(read.etag()).isEqualTo("\"v1\"");
      assertThat(store.countArticles()).isEqualTo(1);
      assertThat(store.feeds().seen(url, "a-1")).isTrue();

      FeedLog.FeedState unchanged = watch.poll(store.feeds().state(url).orElseThrow(), options, listener);
      assertThat(unchanged.lastStatus()).startsWith("304");
      assertThat(conditional).containsExactly("null", "null", "\"v1\"");
      assertThat(store.countArticles()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
    assertThat(statuses).hasSize(3);
  }

  @Test
  void retryAfterIsReadInSecondsAndAnythingElseIsNoRequest() {
    assertThat(FeedWatch.retryAfterSeconds("120")).isEqualTo(Duration.ofSeconds(120));
    assertThat(FeedWatch.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(FeedWatch.retryAfterSeconds(null)).isEqualTo(Duration.ZERO);
  }
}
