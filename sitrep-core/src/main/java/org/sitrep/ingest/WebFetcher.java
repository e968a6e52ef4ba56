package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way Sitrep fetches from the web, pages and feeds alike: redirects followed, a connect and a
 * request timeout, at most one byte over the page limit read (a hostile server cannot fill the heap),
 * and a politeness delay between two requests to one host.
 */
public final class WebFetcher {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(CONNECT_TIMEOUT).build();
  private final String userAgent;
  private final Duration hostDelay;
  private final Map<String, Instant> lastRequestByHost = new HashMap<>();

  /** @param hostDelay least time between two requests to one host (zero: none) */
  public WebFetcher(String userAgent, Duration hostDelay) {
    this.userAgent = userAgent;
    this.hostDelay = hostDelay;
  }

  /** A response: its status, headers and body, cut one byte past {@link DocumentSource#MAX_PAGE_BYTES}. */
  public record Response(int status, HttpHeaders headers, byte[] body) {
    public boolean overLimit() {
      return body.length > DocumentSource.MAX_PAGE_BYTES;
    }

    /** The Content-Type header, or "". */
    public String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    /** The charset the Content-Type names, or null. */
    public String charset() {
      return charsetOf(contentType());
    }
  }

  /** GETs {@code url} with the extra request headers; a bad URL, a failure or an interruption is an IOException. */
  public Response get(String url, Map<String, String> headers) throws IOException {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("User-Agent", userAgent).GET();
      headers.forEach(request::header);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a URL that can be fetched: " + e.getMessage(), e);
    }
    HttpRequest built = request.build();
    waitForHost(built.uri());
    try {
      HttpResponse<byte[]> r = http.send(built, info -> HttpResponse.BodySubscribers.mapping(
          HttpResponse.BodySubscribers.ofInputStream(), in -> {
            try (in) {
              return in.readNBytes((int) DocumentSource.MAX_PAGE_BYTES + 1);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }));
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Sleeps until the host's politeness delay since the last request to it has passed. */
  private void waitForHost(URI uri) throws IOException {
    if (hostDelay.isZero()) {
      return;
    }
    String host = uri.getHost() + ":" + uri.getPort();
    long wait;
    synchronized (lastRequestByHost) {
      Instant last = lastRequestByHost.get(host);
      Instant now = Instant.now();
      Instant next = last == null ? now : last.plus(hostDelay);
      wait = Math.max(0, Duration.between(now, next).toMillis());
      lastRequestByHost.put(host, now.plusMillis(wait));
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  /** The charset an HTTP Content-Type names, or null. */
  public static String charsetOf(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** Whether a Content-Type names a feed. */
  static boolean isFeedType(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.contains("rss") || type.contains("atom");
  }
}
