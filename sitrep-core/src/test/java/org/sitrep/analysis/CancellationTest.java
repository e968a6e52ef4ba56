package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class CancellationTest {
  @Test
  void hotSpotsOnAnInterruptedThreadStopInsteadOfFinishing() {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      points.add(new double[] {35 + (i % 200) * 0.01, 40 + (i / 200) * 0.01});
    }
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> HotSpots.compute(points, 6, 1)).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted(); // clear it for the tests after this one
    }
  }
}
