package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsComeBackInSubmissionOrderOnTheSubmittingThread() {
    Thread caller = Thread.currentThread();
    List<Integer> seen = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    try (InOrder<Integer, Integer> squares = new InOrder<>(3, n -> {
      try {
        Thread.sleep((20 - n) * 3L); // early inputs finish last
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return n * n;
    })) {
      for (int i = 0; i < 20; i++) {
        final int n = i;
        squares.submit(i, r -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          assertThat(r).isEqualTo(n * n);
          seen.add(n);
        });
        if (i == 9) {
          squares.after(() -> markers.add("after 10: " + seen.size()));
        }
      }
      squares.flush();
    }
    assertThat(seen).isSorted().hasSize(20);
    assertThat(markers).containsExactly("after 10: 10");
  }
}
