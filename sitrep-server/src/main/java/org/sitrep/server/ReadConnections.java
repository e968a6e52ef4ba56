package org.sitrep.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.EventStore;

/**
 * One read connection to the store per worker thread: DuckDB's connections are not shared between
 * threads, and each reads a consistent snapshot, so a question never sees half an ingest. Each
 * connection's statements stop at the answers' deadline.
 */
final class ReadConnections implements AutoCloseable {
  private final List<EventStore> opened = new ArrayList<>();
  private final ThreadLocal<EventStore> perThread;

  ReadConnections(EventStore store, int statementSeconds) {
    this.perThread = ThreadLocal.withInitial(() -> {
      try {
        EventStore reader = store.duplicate(statementSeconds);
        synchronized (opened) {
          opened.add(reader);
        }
        return reader;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot open a read connection to " + store.file() + ": " + e.getMessage(), e);
      }
    });
  }

  /** This thread's connection. */
  EventStore get() {
    return perThread.get();
  }

  @Override
  public void close() {
    synchronized (opened) {
      for (EventStore r : opened) {
        try {
          r.close();
        } catch (SQLException e) {
          // closing anyway
        }
      }
    }
  }
}
