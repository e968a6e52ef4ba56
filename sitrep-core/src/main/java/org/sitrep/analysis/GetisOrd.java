package org.sitrep.analysis;

/**
 * The Getis-Ord Gi* statistic (Getis and Ord 1992; Ord and Getis 1995) with binary weights: for each
 * cell, how far the sum over its neighbourhood (the cell itself included) lies from what the
 * neighbourhood's size leads one to expect, in standard deviations. Equals spdep's
 * {@code localG(x, nb2listw(include.self(nb), style = "B"))}.
 *
 * <pre>
 *   Gi* = (sum_j w_ij x_j - mean(x) W_i) / (s sqrt((n S1_i - W_i^2) / (n - 1)))
 *   W_i = sum_j w_ij, S1_i = sum_j w_ij^2, s = sqrt(sum x^2 / n - mean(x)^2)
 * </pre>
 */
public final class GetisOrd {
  private GetisOrd() {
  }

  /**
   * z-scores of every cell.
   *
   * @param x          the value of each cell (event counts)
   * @param neighbours for each cell, the indexes of its neighbourhood, the cell itself included
   */
  public static double[] giStar(double[] x, int[][] neighbours) {
    int n = x.length;
    double sum = 0;
    double sumSq = 0;
    for (double v : x) {
      sum += v;
      sumSq += v * v;
    }
    double mean = sum / n;
    double s = Math.sqrt(sumSq / n - mean * mean);
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0) {
        Cancellation.check();
      }
      double local = 0;
      int w = neighbours[i].length; // binary weights: W_i = S1_i = neighbourhood size
      for (int j : neighbours[i]) {
        local += x[j];
      }
      double denominator = s * Math.sqrt((n * (double) w - (double) w * w) / (n - 1));
      z[i] = denominator == 0 ? 0 : (local - mean * w) / denominator;
    }
    return z;
  }
}
