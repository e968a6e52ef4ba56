package org.sitrep.analysis;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/**
 * The analyst's first two questions about a period: is activity up on the period before, and on the
 * same period a year earlier? Each answer is a {@link RateComparison} of event counts, stated in words
 * with its rate ratio, exact 95% interval and p-value.
 *
 * A third answer, where the store holds earlier years, is the seasonal baseline: the same dates in
 * each earlier year the data covers (at most {@value #SEASONAL_YEARS}), pooled, so that a May is judged
 * against earlier Mays and not only against one.
 *
 * @param period   the period asked about
 * @param previous the period of equal length just before it
 * @param lastYear the same dates one year earlier
 * @param seasonal the same dates in every covered earlier year, pooled (events summed, days summed);
 *                 empty when the data starts after the period a year earlier
 */
public record PeriodComparison(Period period, Period previous, Period lastYear, List<Period> seasonal) {
  public static final int SEASONAL_YEARS = 5;

  public PeriodComparison {
    seasonal = List.copyOf(seasonal);
  }

  /**
   * A date range (both ends inclusive) and the events counted in it; {@code covered} is false when the
   * data starts after its first day, so that its count says nothing (no data is not zero events).
   */
  public record Period(LocalDate from, LocalDate to, long events, boolean covered) {
    public long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }
  }

  /** Counts the period, the one before and the one a year earlier, with the filter's other conditions. */
  public static PeriodComparison of(EventStore store, EventFilter filter, LocalDate from, LocalDate to)
      throws SQLException {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    LocalDate prevTo = from.minusDays(1);
    LocalDate prevFrom = prevTo.minusDays(days - 1);
    // a period is covered when the data (any region, any actor) starts on or before its first day: a
    // region's quiet period then counts as zero, not as missing
    Optional<LocalDate> dataStart = store.firstEventDate();
    List<Period> seasonal = new ArrayList<>();
    for (int years = 1; years <= SEASONAL_YEARS; years++) {
      Period earlier = count(store, filter, from.minusYears(years), to.minusYears(years), dataStart);
      if (!earlier.covered()) {
        break;
      }
      seasonal.add(earlier);
    }
    return new PeriodComparison(count(store, filter, from, to, dataStart),
        count(store, filter, prevFrom, prevTo, dataStart),
        count(store, filter, from.minusYears(1), to.minusYears(1), dataStart), seasonal);
  }

  private static Period count(EventStore store, EventFilter f, LocalDate from, LocalDate to,
                              Optional<LocalDate> dataStart) throws SQLException {
    boolean covered = dataStart.isPresent() && !dataStart.get().isAfter(from);
    return new Period(from, to, store.count(f.between(from, to)), covered);
  }

  public RateComparison againstPrevious() {
    return new RateComparison(period.events(), period.days(), previous.events(), previous.days());
  }

  public RateComparison againstLastYear() {
    return new RateComparison(period.events(), period.days(), lastYear.events(), lastYear.days());
  }

  /** Against the pooled seasonal baseline; empty without earlier covered years. */
  public Optional<RateComparison> againstSeasonalBaseline() {
    if (seasonal.isEmpty()) {
      return Optional.empty();
    }
    long events = seasonal.stream().mapToLong(Period::events).sum();
    long days = seasonal.stream().mapToLong(Period::days).sum();
    return Optional.of(new RateComparison(period.events(), period.days(), events, days));
  }

  /** Mean events in the same dates of the covered earlier years. */
  public double seasonalMean() {
    return seasonal.stream().mapToLong(Period::events).average().orElse(Double.NaN);
  }

  /**
   * The comparison in words: "23 events from 2020-05-01 to 2020-05-31: up from 12 in the previous 31 days
   * (2020-03-31 to 2020-04-30) (rate ratio 1.92, 95% CI 0.93-4.11, p = 0.076, not significant at the 5%
   * level); down from 61 in the same dates of 2019 (...)."
   */
  public String describe() {
    String text = String.format(Locale.ROOT, "%d events from %s to %s: %s; %s", period.events(), period.from(),
        period.to(), clause("the previous " + previous.days() + " days (" + previous.from() + " to " + previous.to() + ")",
            previous, String.valueOf(previous.events()), againstPrevious()),
        clause("the same dates of " + lastYear.from().getYear(), lastYear, String.valueOf(lastYear.events()),
            againstLastYear()));
    if (seasonal.size() > 1) {
      text += "; " + clause("the same dates of " + seasonal.get(seasonal.size() - 1).from().getYear() + "-"
          + seasonal.get(0).from().getYear() + " (seasonal baseline, " + seasonal.size() + " years)",
          seasonal.get(0), "a mean of " + number(seasonalMean()), againstSeasonalBaseline().orElseThrow());
    }
    return text + ".";
  }

  private static String clause(String label, Period compared, String other, RateComparison c) {
    if (!compared.covered()) {
      return "no data for " + label + " (the data starts later)";
    }
    if (c.count1() + c.count2() == 0) {
      return "none in " + label + " either";
    }
    double rr = c.rateRatio();
    String direction = rr > 1 ? "up from " : rr < 1 ? "down from " : "level with ";
    double p = c.pValue();
    return String.format(Locale.ROOT, "%s%s in %s (rate ratio %s, 95%% CI %s-%s, p %s, %s at the 5%% level)",
        direction, other, label, number(rr), number(c.lower()), number(c.upper()), SituationReport.p(p),
        p < 0.05 ? "significant" : "not significant");
  }

  private static String number(double x) {
    if (Double.isInfinite(x)) {
      return "inf";
    }
    if (Double.isNaN(x)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
