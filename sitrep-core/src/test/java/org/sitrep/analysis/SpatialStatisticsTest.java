package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gi*, Mann-Kendall and Benjamini-Hochberg against reference values computed by R 4.2 (spdep 1.2 for
 * Gi*), with the script in test resources (reference.R) so they can be regenerated.
 */
class SpatialStatisticsTest {
  private static final int N = 25;

  private static List<String> resource(String name) throws Exception {
    try (var in = SpatialStatisticsTest.class.getResourceAsStream(name);
         var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  @Test
  void giStarAgreesWithSpdepLocalGOn625Cells() throws Exception {
    List<String> rows = resource("gistar-reference.csv");
    double[] x = new double[N * N];
    int[][] neighbours = new int[N * N][];
    for (int r = 0; r < N; r++) {
      for (int c = 0; c < N; c++) {
        x[r * N + c] = (7 * r + 13 * c) % 5 + (r >= 10 && r < 14 && c >= 10 && c < 14 ? 10 : 0);
        List<Integer> nb = new ArrayList<>();
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            int rr = r + dr;
            int cc = c + dc;
            if (rr >= 0 && rr < N && cc >= 0 && cc < N) {
              nb.add(rr * N + cc); // the cell itself included: Gi*
            }
          }
        }
        neighbours[r * N + c] = nb.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    double[] z = GetisOrd.giStar(x, neighbours);
    assertThat(rows).hasSize(N * N + 1);
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split(",");
      int cell = Integer.parseInt(f[0]);
      assertThat(x[cell]).isEqualTo(Double.parseDouble(f[1]));
      assertThat(z[cell]).as("cell %d", cell).isCloseTo(Double.parseDouble(f[2]), within(1e-6));
    }
    // the planted cluster is the hottest place
    int hottest = 0;
    for (int i = 1; i < z.length; i++) {
      hottest = z[i] > z[hottest] ? i : hottest;
    }
    assertThat(hottest / N).isBetween(10, 13);
    assertThat(hottest % N).isBetween(10, 13);
  }

  @Test
  void mannKendallAgreesWithRsKendallTest() throws Exception {
    for (String line : resource("mann-kendall-reference.txt")) {
      String[] f = line.split(";");
      double[] series = java.util.Arrays.stream(f[0].split(" ")).mapToDouble(Double::parseDouble).toArray();
      MannKendall mk = MannKendall.of(series);
      assertThat(mk.z()).isCloseTo(Double.parseDouble(f[1]), within(1e-6));
      assertThat(mk.pValue()).isCloseTo(Double.parseDouble(f[2]), within(1e-6));
    }
  }

  @Test
  void benjaminiHochbergAgreesWithRsPAdjust() {
    double[] q = FalseDiscovery.adjust(new double[] {0.01, 0.04, 0.03, 0.005, 0.5, 0.04});
    assertThat(q).containsExactly(new double[] {0.03, 0.048, 0.048, 0.03, 0.5, 0.048}, within(1e-12));
  }

  @Test
  void twoSidedNormalPValuesAgreeWithR() {
    assertThat(FalseDiscovery.twoSided(0.5)).isCloseTo(0.617075077451974, within(1e-12));
    assertThat(FalseDiscovery.twoSided(-1.96)).isCloseTo(0.049995790296441, within(1e-12));
    assertThat(FalseDiscovery.twoSided(3.3)).isCloseTo(0.000966848284768, within(1e-12));
    assertThat(FalseDiscovery.twoSided(6)).isCloseTo(0.000000001973175, within(1e-15));
  }
}
