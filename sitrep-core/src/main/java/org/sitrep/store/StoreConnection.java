package org.sitrep.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One DuckDB connection of a store and what every part of the store does with it: reads under the
 * store's time limit, writes in whole transactions, and the data version that answer caches key on.
 * The parts ({@link EventWrites}, {@link EventReads}, {@link ReportLog}, {@link EventImports}) share it.
 */
final class StoreConnection {
  final Connection conn;
  /** Bumped by every write through this connection or its duplicates: what a cache of answers keys on. */
  private final AtomicLong version;
  /** Longest a read may run, in seconds (0: no limit); DuckDB interrupts a query past it. */
  private final int readTimeoutSeconds;

  StoreConnection(Connection conn, AtomicLong version, int readTimeoutSeconds) {
    this.conn = conn;
    this.version = version;
    this.readTimeoutSeconds = readTimeoutSeconds;
  }

  /** Another connection to the same database, sharing the version, with its own read limit. */
  StoreConnection duplicate(int readTimeoutSeconds) throws SQLException {
    return new StoreConnection(conn.unwrap(org.duckdb.DuckDBConnection.class).duplicate(), version, readTimeoutSeconds);
  }

  int readTimeoutSeconds() {
    return readTimeoutSeconds;
  }

  long version() {
    return version.get();
  }

  /** Called after every commit that changed the data. */
  void changed() {
    version.incrementAndGet();
  }

  /** Work on the store that commits whole or not at all. */
  @FunctionalInterface
  interface Transaction {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed (and the data version bumped) or rolled back. */
  void inTransaction(Transaction work) throws SQLException {
    conn.setAutoCommit(false);
    try {
      work.run();
      conn.commit();
      changed();
    } catch (SQLException | RuntimeException | Error e) {
      // whatever stopped the work, none of it stays: turning auto-commit back on below would commit it
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(true);
    }
  }

  /** Binds a row of {@link StoreRows} values to the statement's parameters, in order. */
  void bind(PreparedStatement ps, Object[] values) throws SQLException {
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

  /** The single number a query answers (a count). */
  long count(String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A statement for a read, with this store's time limit. */
  PreparedStatement read(String sql) throws SQLException {
    PreparedStatement ps = conn.prepareStatement(sql);
    if (readTimeoutSeconds > 0) {
      ps.setQueryTimeout(readTimeoutSeconds);
    }
    return ps;
  }

  void close() throws SQLException {
    conn.close();
  }
}
