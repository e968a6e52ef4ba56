package org.sitrep.analysis;

/**
 * Compares two event counts observed over two periods as Poisson rates: the rate ratio with an exact
 * 95% confidence interval and an exact two-sided p-value, by conditioning on the total (given
 * a + b events, a is binomial with p = t1·RR / (t1·RR + t2)). This is the test R's
 * {@code poisson.test(c(a, b), c(t1, t2))} performs: Clopper-Pearson limits for p mapped to the ratio,
 * and the p-value of {@code binom.test}, which sums the outcomes no more likely than the one observed.
 *
 * @param count1    events in the period of interest
 * @param exposure1 its length (days)
 * @param count2    events in the period compared with
 * @param exposure2 its length (days)
 */
public record RateComparison(long count1, double exposure1, long count2, double exposure2) {
  private static final double ALPHA = 0.05;

  public RateComparison {
    if (count1 < 0 || count2 < 0 || exposure1 <= 0 || exposure2 <= 0) {
      throw new IllegalArgumentException("counts must be >= 0 and exposures > 0");
    }
  }

  /** Rate ratio (count1/exposure1) / (count2/exposure2); infinite if count2 is 0 and count1 is not. */
  public double rateRatio() {
    if (count2 == 0) {
      return count1 == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
    }
    return (count1 / exposure1) / (count2 / exposure2);
  }

  /** Lower limit of the exact 95% confidence interval of the rate ratio. */
  public double lower() {
    long n = count1 + count2;
    if (count1 == 0 || n == 0) {
      return 0;
    }
    // p_L solves P(X >= count1 | n, p_L) = alpha/2
    double p = solve(q -> upperTail(count1, n, q) - ALPHA / 2);
    return toRatio(p);
  }

  /** Upper limit of the exact 95% confidence interval of the rate ratio. */
  public double upper() {
    long n = count1 + count2;
    if (n == 0 || count1 == n) {
      return Double.POSITIVE_INFINITY;
    }
    // p_U solves P(X <= count1 | n, p_U) = alpha/2
    double p = solve(q -> alpha2MinusLowerTail(count1, n, q));
    return toRatio(p);
  }

  /** Exact two-sided p-value of "the rates are equal". */
  public double pValue() {
    long n = count1 + count2;
    if (n == 0) {
      return 1;
    }
    double p0 = exposure1 / (exposure1 + exposure2);
    double observed = pmf(count1, n, p0);
    double sum = 0;
    double tolerance = 1 + 1e-7; // as binom.test: outcomes within rounding of the observed one count
    for (long k = 0; k <= n; k++) {
      double d = pmf(k, n, p0);
      if (d <= observed * tolerance) {
        sum += d;
      }
    }
    return Math.min(1, sum);
  }

  private double toRatio(double p) {
    return p / (1 - p) * exposure2 / exposure1;
  }

  private static double alpha2MinusLowerTail(long k, long n, double q) {
    return ALPHA / 2 - lowerTail(k, n, q);
  }

  /** Root of an increasing function of p in (0, 1), by bisection to machine precision. */
  private static double solve(java.util.function.DoubleUnaryOperator f) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (f.applyAsDouble(mid) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  static double pmf(long k, long n, double p) {
    if (p <= 0) {
      return k == 0 ? 1 : 0;
    }
    if (p >= 1) {
      return k == n ? 1 : 0;
    }
    return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }

  static double lowerTail(long k, long n, double p) {
    double s = 0;
    for (long i = 0; i <= k; i++) {
      s += pmf(i, n, p);
    }
    return Math.min(1, s);
  }

  static double upperTail(long k, long n, double p) {
    double s = 0;
    for (long i = k; i <= n; i++) {
      s += pmf(i, n, p);
    }
    return Math.min(1, s);
  }

  private static double logChoose(long n, long k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  private static double logFactorial(long n) {
    return logGamma(n + 1.0);
  }

  /** log Γ(x) for x > 0 by the Lanczos approximation (g = 7, n = 9), accurate to about 1e-15. */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    x -= 1;
    double a = c[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
