package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RateComparisonTest {
  @Test
  void logGammaMatchesFactorials() {
    assertThat(RateComparison.logGamma(1)).isCloseTo(0, within(1e-12));
    assertThat(RateComparison.logGamma(11)).isCloseTo(Math.log(3628800), within(1e-10));
    assertThat(RateComparison.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
  }

  @Test
  void theIssuesIllustrationIsOfTheRightOrder() {
    // the issue's illustration: "23 attacks in May, up from 12 in April, rate ratio 1.9 (95% CI 1.0-3.9), p = 0.05"
    RateComparison c = new RateComparison(23, 31, 12, 30);
    assertThat(c.rateRatio()).isCloseTo(1.855, within(0.001));
    assertThat(c.lower()).isBetween(0.85, 1.0);
    assertThat(c.upper()).isBetween(3.5, 4.2);
    assertThat(c.pValue()).isBetween(0.04, 0.1);
  }

  /**
   * One row of R's poisson.test(c(a, b), c(t1, t2)) output: a, b, t1, t2, estimate, conf.int low, conf.int high,
   * p.value. The p-value's tolerance is the caller's: at a million events it is checked closer.
   */
  private static void assertAgreesWithR(double[] c, double pValueTolerance) {
    RateComparison r = new RateComparison((long) c[0], c[2], (long) c[1], c[3]);
    String row = Arrays.toString(c); // names the failing row
    assertThat(r.rateRatio()).as(row).isCloseTo(c[4], within(1e-9));
    assertThat(r.lower()).as(row).isCloseTo(c[5], within(1e-9));
    assertThat(r.upper()).as(row).isCloseTo(c[6], within(1e-9));
    assertThat(r.pValue()).as(row).isCloseTo(c[7], within(pValueTolerance));
  }

  /** Reference values printed by R 4.2's poisson.test(c(a, b), c(t1, t2)). */
  @Test
  void agreesWithRsPoissonTest() {
    double[][] cases = {
        // a, b, t1, t2, estimate, conf.int low, conf.int high, p.value
        {23, 12, 31, 30, 1.8548387097, 0.8857792885, 4.0903867813, 0.0910322114},
        {5, 1, 31, 31, 5.0, 0.5594916942, 236.4876928674, 0.21875},
        {7, 2, 10, 10, 3.5, 0.6664067802, 34.5303230534, 0.1796875},
        {230, 120, 310, 300, 1.8548387097, 1.4811033428, 2.3326923963, 0.0000000217}};
    for (double[] c : cases) {
      assertAgreesWithR(c, 1e-9);
    }
  }

  /**
   * Reference values printed by R 4.2's poisson.test on counts of a hundred thousand to a million events,
   * where the tails are incomplete beta functions, not sums over every outcome.
   */
  @Test
  void agreesWithRsPoissonTestAtAMillionEvents() {
    double[][] cases = {
        {600000, 400000, 365, 366, 1.5041095890, 1.4981015004, 1.5101429674, 0},
        {51234, 50877, 31, 30, 0.9745325063, 0.9626319740, 0.9865802877, 3.8064819540e-05},
        {3, 250000, 7, 365, 0.0006257143, 0.0001290365, 0.0018286238, 0}};
    for (double[] c : cases) {
      assertAgreesWithR(c, 1e-12);
    }
  }

  @Test
  void thePValueOfTwoTailsIsTheSumOverEveryOutcomeNoLikelierThanTheObserved() {
    long n = 2000;
    for (long count1 : new long[] {0, 700, 955, 1000, 1046, 1300, 2000}) {
      RateComparison c = new RateComparison(count1, 10, n - count1, 11);
      double p0 = 10.0 / 21;
      double observed = RateComparison.pmf(count1, n, p0) * (1 + 1e-7);
      double sum = 0;
      for (long k = 0; k <= n; k++) {
        double d = RateComparison.pmf(k, n, p0);
        sum += d <= observed ? d : 0;
      }
      assertThat(c.pValue()).as("count %d", count1).isCloseTo(Math.min(1, sum), within(1e-10));
    }
  }

  @Test
  void confidenceLimitsAreExactBinomialTailsAtTheirPoints() {
    RateComparison c = new RateComparison(23, 31, 12, 30);
    // at the limits, the conditional binomial tails equal 2.5%
    double pLow = c.lower() * 31 / (c.lower() * 31 + 30);
    double pHigh = c.upper() * 31 / (c.upper() * 31 + 30);
    assertThat(RateComparison.upperTail(23, 35, pLow)).isCloseTo(0.025, within(1e-9));
    assertThat(RateComparison.lowerTail(23, 35, pHigh)).isCloseTo(0.025, within(1e-9));
  }

  @Test
  void pValueSumsOutcomesNoLikelierThanTheObserved() {
    RateComparison c = new RateComparison(7, 10, 2, 10);
    double expected = 0;
    for (int k = 0; k <= 9; k++) {
      double d = RateComparison.pmf(k, 9, 0.5);
      if (d <= RateComparison.pmf(7, 9, 0.5) * (1 + 1e-7)) {
        expected += d;
      }
    }
    assertThat(c.pValue()).isCloseTo(expected, within(1e-12));
    assertThat(c.pValue()).isCloseTo(0.1796875, within(1e-9)); // 2 * (36 + 9 + 1) / 512
  }

  @Test
  void equalRatesGiveRatioOneAndNoEvidence() {
    RateComparison c = new RateComparison(10, 30, 10, 30);
    assertThat(c.rateRatio()).isEqualTo(1.0);
    assertThat(c.pValue()).isCloseTo(1.0, within(1e-12));
    assertThat(c.lower()).isLessThan(1);
    assertThat(c.upper()).isGreaterThan(1);
  }

  @Test
  void swappingThePeriodsInvertsTheRatioAndItsInterval() {
    RateComparison a = new RateComparison(23, 31, 12, 30);
    RateComparison b = new RateComparison(12, 30, 23, 31);
    assertThat(b.rateRatio()).isCloseTo(1 / a.rateRatio(), within(1e-12));
    assertThat(b.lower()).isCloseTo(1 / a.upper(), within(1e-9));
    assertThat(b.pValue()).isCloseTo(a.pValue(), within(1e-12));
  }

  @Test
  void noEventsBeforeMakesTheRatioUnbounded() {
    RateComparison c = new RateComparison(5, 30, 0, 30);
    assertThat(c.rateRatio()).isInfinite();
    assertThat(c.upper()).isInfinite();
    assertThat(c.lower()).isGreaterThan(0);
  }
}
