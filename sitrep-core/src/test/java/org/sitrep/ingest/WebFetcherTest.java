package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebFetcherTest {
  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/endless", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1256");
      exchange.sendResponseHeaders(200, 0); // chunked, no length: only the reader's limit stops it
      byte[] block = new byte[1 << 16];
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < 4 * DocumentSource.MAX_PAGE_BYTES; sent += block.length) {
          out.write(block);
        }
      } catch (IOException clientLeft) {
        // the fetcher stopped reading, as it should
      }
    });
    server.createContext("/echo", exchange -> {
      byte[] body = String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Match")).getBytes();
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void anEndlessBodyIsReadOnlyToOneBytePastThePageLimit() throws IOException {
    WebFetcher.Response r = new WebFetcher("test", Duration.ZERO).get(base + "/endless", Map.of());
    assertThat(r.body()).hasSize((int) DocumentSource.MAX_PAGE_BYTES + 1);
    assertThat(r.overLimit()).isTrue();
    assertThat(r.charset()).isEqualTo("windows-1256");
  }

  @Test
  void twoRequestsToOneHostAreSpacedByThePolitenessDelayAndCarryTheirHeaders() throws IOException {
    WebFetcher web = new WebFetcher("test", Duration.ofMillis(400));
    long start = System.nanoTime();
    assertThat(new String(web.get(base + "/echo", Map.of("If-None-Match", "\"v1\"")).body())).isEqualTo("\"v1\"");
    web.get(base + "/echo", Map.of());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void aMalformedUrlIsAnIoExceptionNotACrash() {
    assertThatThrownBy(() -> new WebFetcher("test", Duration.ZERO).get("http://exa mple.org/a b", Map.of()))
        .isInstanceOf(IOException.class);
  }
}
