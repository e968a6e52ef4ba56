package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gi* on a real H3 study area and Mann-Kendall on random series with ties, checked live against an
 * independent implementation: R's spdep {@code localG} and R's {@code cor.test(..., method = "kendall")}
 * (script: against-r.R in test resources). Runs where Rscript and spdep are installed; CI installs them
 * and sets SITREP_REQUIRE_R=1, which turns a missing R into a failure instead of a skip.
 */
class StatisticsAgainstRTest {
  private static String rscript;

  @BeforeAll
  static void findR() throws Exception {
    boolean required = "1".equals(System.getenv("SITREP_REQUIRE_R"));
    rscript = null;
    try {
      Process p = new ProcessBuilder("Rscript", "-e", "suppressMessages(library(spdep))").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
        rscript = "Rscript";
      }
    } catch (java.io.IOException e) {
      // not installed
    }
    if (rscript == null) {
      if (required) {
        throw new AssertionError("SITREP_REQUIRE_R=1 but Rscript with spdep is not available");
      }
      Assumptions.abort("Rscript with spdep not installed");
    }
  }

  private static void runR(Path dir) throws Exception {
    Path script = dir.resolve("against-r.R");
    try (InputStream in = StatisticsAgainstRTest.class.getResourceAsStream("against-r.R")) {
      Files.copy(in, script);
    }
    Process p = new ProcessBuilder(rscript, script.toString(), dir.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("Rscript output: %s", output).isZero();
  }

  @Test
  void giStarOnAnH3StudyAreaAgreesWithSpdepLocalG(@TempDir Path dir) throws Exception {
    Random random = new Random(2020);
    Map<Long, Long> counts = new HashMap<>();
    for (int i = 0; i < 1500; i++) { // scattered events over the Euphrates valley
      counts.merge(HotSpots.cellOf(34.2 + random.nextDouble() * 1.6, 39.8 + random.nextDouble() * 1.6, 6), 1L, Long::sum);
    }
    for (int i = 0; i < 200; i++) { // and a cluster at Hajin
      counts.merge(HotSpots.cellOf(34.695 + random.nextGaussian() * 0.03, 40.831 + random.nextGaussian() * 0.03, 6), 1L,
          Long::sum);
    }
    HotSpots.StudyArea area = HotSpots.StudyArea.around(counts.keySet(), 1);
    double[] x = area.values(counts);
    double[] z = GetisOrd.giStar(x, area.neighbours());
    assertThat(area.size()).isGreaterThanOrEqualTo(500);
    StringBuilder csv = new StringBuilder("index,count,neighbours\n");
    for (int i = 0; i < area.size(); i++) {
      List<String> others = new ArrayList<>();
      for (int j : area.neighbours()[i]) {
        if (j != i) {
          others.add(String.valueOf(j + 1));
        }
      }
      csv.append(i + 1).append(',').append((long) x[i]).append(',').append(others.isEmpty() ? "0" : String.join(" ", others))
          .append('\n');
    }
    Files.writeString(dir.resolve("cells.csv"), csv);
    Files.writeString(dir.resolve("series.txt"), "1 2\n");
    runR(dir);
    List<String> rows = Files.readAllLines(dir.resolve("gistar-r.csv"));
    assertThat(rows).hasSize(area.size() + 1);
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split(",");
      int cell = Integer.parseInt(f[0]) - 1;
      assertThat(z[cell]).as("cell %d", cell).isCloseTo(Double.parseDouble(f[1]), within(1e-6));
    }
  }

  @Test
  void mannKendallSAndPAgreeWithRsKendallTest(@TempDir Path dir) throws Exception {
    Random random = new Random(19);
    List<double[]> series = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 30; k++) {
      int n = 8 + random.nextInt(30);
      double drift = random.nextGaussian() * 0.3;
      double[] s = new double[n];
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        s[i] = Math.max(0, Math.round(3 + drift * i + random.nextGaussian() * 2)); // counts: many ties
        cells.add(String.valueOf((long) s[i]));
      }
      if (cells.stream().distinct().count() < 2) {
        continue; // a constant series has no Kendall tau in R
      }
      series.add(s);
      text.append(String.join(" ", cells)).append('\n');
    }
    Files.writeString(dir.resolve("series.txt"), text);
    Files.writeString(dir.resolve("cells.csv"), "index,count,neighbours\n1,1,2\n2,2,1\n");
    runR(dir);
    List<String> rows = Files.readAllLines(dir.resolve("mk-r.txt"));
    assertThat(rows).hasSize(series.size());
    for (int k = 0; k < rows.size(); k++) {
      String[] f = rows.get(k).split(" ");
      MannKendall mk = MannKendall.of(series.get(k));
      assertThat(mk.s()).as("S of series %d", k).isEqualTo(Long.parseLong(f[0]));
      assertThat(mk.z()).as("z of series %d", k).isCloseTo(Double.parseDouble(f[1]), within(1e-6));
      assertThat(mk.pValue()).as("p of series %d", k).isCloseTo(Double.parseDouble(f[2]), within(1e-6));
    }
  }
}
