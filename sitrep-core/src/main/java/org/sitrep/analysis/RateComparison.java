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

  /**
   * Exact two-sided p-value of "the rates are equal": the probability of the outcomes no likelier than
   * the one observed. The binomial is unimodal, so those outcomes are the observed one's tail and the
   * far tail beyond the point where the probability falls to the observed one's, found by bisection:
   * two tails, not a sum over every outcome (which took minutes at a million events).
   */
  public double pValue() {
    long n = count1 + count2;
    if (n == 0) {
      return 1;
    }
    double p0 = exposure1 / (exposure1 + exposure2);
    double bound = pmf(count1, n, p0) * (1 + 1e-7); // as binom.test: outcomes within rounding count
    long mode = Math.min(n, (long) Math.floor((n + 1) * p0));
    if (count1 == mode) {
      return 1;
    }
    if (count1 < mode) {
      // first k above the mode as unlikely as the observed count
      long lo = mode;
      long hi = n + 1;
      while (lo < hi) {
        long mid = (lo + hi) >>> 1;
        if (pmf(mid, n, p0) <= bound) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return Math.min(1, lowerTail(count1, n, p0) + (lo > n ? 0 : upperTail(lo, n, p0)));
    }
    // last k below the mode as unlikely as the observed count
    long lo = -1;
    long hi = mode;
    while (lo < hi) {
      long mid = (lo + hi + 1) >> 1;
      if (pmf(mid, n, p0) <= bound) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.min(1, upperTail(count1, n, p0) + (lo < 0 ? 0 : lowerTail(lo, n, p0)));
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

  /** P(X <= k) for X ~ Binomial(n, p), as the regularized incomplete beta I_{1-p}(n - k, k + 1). */
  static double lowerTail(long k, long n, double p) {
    if (k >= n) {
      return 1;
    }
    if (k < 0) {
      return 0;
    }
    return incompleteBeta(n - k, k + 1.0, 1 - p);
  }

  /** P(X >= k) for X ~ Binomial(n, p), as I_p(k, n - k + 1). */
  static double upperTail(long k, long n, double p) {
    if (k <= 0) {
      return 1;
    }
    if (k > n) {
      return 0;
    }
    return incompleteBeta(k, n - k + 1.0, p);
  }

  /**
   * The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz),
   * evaluated on the side where it converges fast: O(sqrt(max(a, b))) terms.
   */
  static double incompleteBeta(double a, double b, double x) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    return x < (a + 1) / (a + b + 2)
        ? front * betaFraction(a, b, x) / a
        : 1 - front * betaFraction(b, a, 1 - x) / b;
  }

  private static double betaFraction(double a, double b, double x) {
    final double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m < 1_000_000; m++) {
      double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 + even * d;
      c = 1 + even / c;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + odd * d;
      c = 1 + odd / c;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = Math.abs(c) < tiny ? tiny : c;
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < 1e-15) {
        break;
      }
    }
    return h;
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
