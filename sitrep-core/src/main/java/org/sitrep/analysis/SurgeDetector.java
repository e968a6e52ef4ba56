package org.sitrep.analysis;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/**
 * Flags regions whose recent weeks exceed their own baseline. Method: weekly event counts per
 * first-level division; the baseline rate is the mean of the {@value #BASELINE_WEEKS} weeks before the
 * recent {@value #RECENT_WEEKS}; a region surges when the recent count is at least {@value #MIN_EVENTS}
 * and its one-sided Poisson tail probability under the baseline, P(X >= observed), is below
 * {@value #ALPHA} (a baseline of zero counts as half an event a week, so that a first flare-up can
 * still be judged).
 */
public final class SurgeDetector {
  public static final int RECENT_WEEKS = 2;
  public static final int BASELINE_WEEKS = 8;
  public static final int MIN_EVENTS = 3;
  public static final double ALPHA = 0.01;

  /** A region's recent count against its baseline. */
  public record Surge(String region, long recent, double baselinePerWeek, double pValue) {
    public double ratio() {
      return recent / (baselinePerWeek * RECENT_WEEKS);
    }
  }

  private SurgeDetector() {
  }

  /** Surges in the {@value #RECENT_WEEKS} weeks ending with the week of {@code asOf}, strongest first. */
  public static List<Surge> detect(EventStore store, EventFilter filter, LocalDate asOf) throws SQLException {
    LocalDate lastWeek = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstRecent = lastWeek.minusWeeks(RECENT_WEEKS - 1);
    LocalDate firstBaseline = firstRecent.minusWeeks(BASELINE_WEEKS);
    EventFilter window = filter.between(firstBaseline, lastWeek.plusDays(6));
    Map<String, long[]> byRegion = new HashMap<>(); // region -> {baseline count, recent count}
    for (EventStore.Bucket b : store.series(window, EventStore.Interval.WEEK, EventStore.Grouping.ADMIN1)) {
      if (b.group().isEmpty()) {
        continue; // events placed no finer than a country belong to no region
      }
      long[] c = byRegion.computeIfAbsent(b.group(), k -> new long[2]);
      c[b.start().isBefore(firstRecent) ? 0 : 1] += b.events();
    }
    List<Surge> surges = new ArrayList<>();
    for (String region : new TreeSet<>(byRegion.keySet())) {
      long[] c = byRegion.get(region);
      double perWeek = Math.max(0.5, c[0] / (double) BASELINE_WEEKS);
      double p = poissonUpperTail(c[1], perWeek * RECENT_WEEKS);
      if (c[1] >= MIN_EVENTS && p < ALPHA) {
        surges.add(new Surge(region, c[1], c[0] / (double) BASELINE_WEEKS, p));
      }
    }
    surges.sort((a, b) -> Double.compare(a.pValue(), b.pValue()));
    return surges;
  }

  /** P(X >= k) for X ~ Poisson(mean). */
  static double poissonUpperTail(long k, double mean) {
    double below = 0;
    double term = Math.exp(-mean);
    for (long i = 0; i < k; i++) {
      below += term;
      term *= mean / (i + 1);
    }
    return Math.max(0, 1 - below);
  }
}
