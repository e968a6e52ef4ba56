package org.sitrep.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxModelTest {
  /** Three clusters in 8 dimensions, each around its own axis. */
  private static float[][] points(int n, int[] labels, long seed) {
    Random r = new Random(seed);
    float[][] x = new float[n][8];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 3;
      for (int j = 0; j < 8; j++) {
        x[i][j] = (float) (r.nextGaussian() * 0.3 + (j == labels[i] ? 1 : 0));
      }
    }
    return x;
  }

  @Test
  void learnsSeparableLabelsAndPredictsUnseenPoints() {
    int[] y = new int[300];
    float[][] x = points(300, y, 1);
    SoftmaxModel m = SoftmaxModel.train(List.of("a", "b", "c"), x, y, 1e-4, 200, 2.0);
    int[] testY = new int[90];
    float[][] test = points(90, testY, 2);
    int right = 0;
    for (int i = 0; i < test.length; i++) {
      double[] p = m.probabilities(test[i]);
      int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
      right += best == testY[i] ? 1 : 0;
      assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(right).isGreaterThanOrEqualTo(85);
  }

  @Test
  void theSameDataGiveTheSameModel() {
    int[] y = new int[60];
    float[][] x = points(60, y, 3);
    SoftmaxModel a = SoftmaxModel.train(List.of("a", "b", "c"), x, y, 1e-4, 50, 2.0);
    SoftmaxModel b = SoftmaxModel.train(List.of("a", "b", "c"), x, y, 1e-4, 50, 2.0);
    assertThat(a.probabilities(x[7])).containsExactly(b.probabilities(x[7]));
  }
}
