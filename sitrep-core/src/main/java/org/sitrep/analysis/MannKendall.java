package org.sitrep.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * The Mann-Kendall trend test (Mann 1945; Kendall 1975): S counts rising minus falling pairs in a time
 * series; its variance is corrected for ties; Z uses the continuity correction, and the p-value is
 * two-sided from the normal distribution, as in R's {@code trend::mk.test}.
 */
public record MannKendall(long s, double variance, double z, double pValue) {

  public static MannKendall of(double[] series) {
    int n = series.length;
    long s = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Long.signum(Double.compare(series[j], series[i]));
      }
    }
    Map<Double, Integer> ties = new HashMap<>();
    for (double v : series) {
      ties.merge(v, 1, Integer::sum);
    }
    double tieTerm = 0;
    for (int t : ties.values()) {
      tieTerm += (double) t * (t - 1) * (2 * t + 5);
    }
    double variance = ((double) n * (n - 1) * (2 * n + 5) - tieTerm) / 18.0;
    double z = variance <= 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
    return new MannKendall(s, variance, z, 2 * Normal.upperTail(Math.abs(z)));
  }
}
