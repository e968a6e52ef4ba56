package org.sitrep.analysis;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini-Hochberg adjusted p-values (q-values), as R's {@code p.adjust(p, "BH")}. */
public final class FalseDiscovery {
  private FalseDiscovery() {
  }

  public static double[] adjust(double[] p) {
    int n = p.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> -p[i])); // largest p first
    double[] q = new double[n];
    double running = 1;
    for (int rank = 0; rank < n; rank++) {
      int i = order[rank];
      int k = n - rank; // rank of p[i] from the smallest
      running = Math.min(running, p[i] * n / k);
      q[i] = Math.min(1, running);
    }
    return q;
  }

  /** Two-sided p-value of a z-score. */
  public static double twoSided(double z) {
    return 2 * Normal.upperTail(Math.abs(z));
  }
}
