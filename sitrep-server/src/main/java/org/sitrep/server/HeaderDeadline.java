package org.sitrep.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;

/**
 * Closes a connection whose request line and headers have not all arrived within the limit: a
 * slow-header ("slowloris") client. Jetty's idle timeout restarts with every byte, so a client sending
 * one byte every few seconds would hold its connection for ever, and enough of them would hold every
 * connection the server can take. A connection between requests, or reading a body, is left to the
 * idle timeout and the body limits.
 */
final class HeaderDeadline implements Connection.Listener, AutoCloseable {
  /** Time a client has to send a request's line and headers: browsers and curl need milliseconds. */
  static final Duration LIMIT = Duration.ofSeconds(10);

  private final long limitNanos;
  private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sitrep-header-deadline");
    t.setDaemon(true);
    return t;
  });

  /** Watches every connection the server's connectors open from now on. */
  static HeaderDeadline watch(Server server, Duration limit) {
    HeaderDeadline deadline = new HeaderDeadline(limit);
    for (Connector c : server.getConnectors()) {
      c.addBean(deadline); // connection factories hand each new connection the connector's listeners
    }
    long period = Math.max(50, Math.min(1000, limit.toMillis() / 4));
    deadline.sweeper.scheduleWithFixedDelay(deadline::sweep, period, period, TimeUnit.MILLISECONDS);
    return deadline;
  }

  private HeaderDeadline(Duration limit) {
    this.limitNanos = limit.toNanos();
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      open.add(http);
    }
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  private void sweep() {
    long now = System.nanoTime();
    for (HttpConnection c : open) {
      HttpParser parser = c.getParser();
      // START: nothing of a request yet (a new or kept-alive connection), which the idle timeout covers
      if (parser.inHeaderState() && !parser.isStart() && now - parser.getBeginNanoTime() > limitNanos) {
        open.remove(c);
        c.getEndPoint().close();
      }
    }
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
