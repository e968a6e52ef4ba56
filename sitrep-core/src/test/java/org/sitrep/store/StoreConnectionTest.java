package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StoreConnectionTest {
  @Test
  void aTransactionStoppedByAnyThrowableLeavesNothingAndBumpsNoVersion() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      StoreConnection db = new StoreConnection(c, new AtomicLong(), 0);
      try (var st = c.createStatement()) {
        st.execute("CREATE TABLE t (x INTEGER)");
      }
      for (RuntimeException stop : new RuntimeException[] {new IllegalStateException("a bug mid-way"),
          new IllegalArgumentException("the caller's mistake")}) {
        assertThatThrownBy(() -> db.inTransaction(() -> {
          try (var st = c.createStatement()) {
            st.execute("INSERT INTO t VALUES (1)");
          }
          throw stop;
        })).isSameAs(stop);
      }
      assertThatThrownBy(() -> db.inTransaction(() -> {
        try (var st = c.createStatement()) {
          st.execute("INSERT INTO t VALUES (2)");
        }
        throw new SQLException("the store failed");
      })).isInstanceOf(SQLException.class);
      assertThat(db.count("SELECT count(*) FROM t")).isZero(); // auto-commit back on committed nothing
      assertThat(db.version()).isZero();
      db.inTransaction(() -> {
        try (var st = c.createStatement()) {
          st.execute("INSERT INTO t VALUES (3)");
        }
      });
      assertThat(db.count("SELECT count(*) FROM t")).isEqualTo(1);
      assertThat(db.version()).isEqualTo(1);
    }
  }
}
