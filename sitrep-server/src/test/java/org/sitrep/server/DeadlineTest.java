package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void pastTheDeadlineTheCallerIsAnsweredAndTheComputationStopsWithinASecond() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    try (Deadline deadline = new Deadline(Duration.ofMillis(200), 2)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> deadline.run(() -> {
        try {
          while (true) {
            org.sitrep.analysis.Cancellation.check(); // a computation's loop, as the analyses' are
          }
        } finally {
          stopped.countDown();
        }
      })).isInstanceOf(Deadline.Passed.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(stopped.await(1, TimeUnit.SECONDS)).as("the computation stopped within 1 s of the deadline").isTrue();
    }
  }

  @Test
  void anAnswerInTimeAndAFailureInTimeComeBackAsTheyAre() throws Exception {
    try (Deadline deadline = new Deadline(Duration.ofSeconds(5), 2)) {
      assertThat(deadline.run(() -> 42)).isEqualTo(42);
      assertThatThrownBy(() -> deadline.run(() -> {
        throw new java.sql.SQLException("the store could not answer");
      })).isInstanceOf(java.sql.SQLException.class);
    }
  }

  @Test
  void anAnswerReadyOnlyAtTheLimitIsPastItHoweverFastTheWorkerWas() throws Exception {
    try (Deadline deadline = new Deadline(Duration.ZERO, 2)) {
      for (int i = 0; i < 200; i++) { // the worker sometimes finishes before the caller starts waiting
        assertThatThrownBy(() -> deadline.run(() -> 42)).isInstanceOf(Deadline.Passed.class);
      }
    }
  }
}
