package org.sitrep.analysis;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/**
 * The analyst's first two questions about a period: is activity up on the period before, and on the
 * same period a year earlier? Each answer is a {@link RateComparison} of event counts, stated in words
 * with its rate ratio, exact 95% interval and p-value.
 *
 * @param period   the period asked about
 * @param previous the period of equal length just before it
 * @param lastYear the same dates one year earlier
 */
public record PeriodComparison(Period period, Period previous, Period lastYear) {

  /** A date range (both ends inclusive) and the events counted in it. */
  public record Period(LocalDate from, LocalDate to, long events) {
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
    return new PeriodComparison(count(store, filter, from, to), count(store, filter, prevFrom, prevTo),
        count(store, filter, from.minusYears(1), to.minusYears(1)));
  }

  private static Period count(EventStore store, EventFilter f, LocalDate from, LocalDate to) throws SQLException {
    EventFilter within = new EventFilter(from, to, f.country(), f.admin1(), f.actor(), f.eventType());
    return new Period(from, to, store.count(within));
  }

  public RateComparison againstPrevious() {
    return new RateComparison(period.events(), period.days(), previous.events(), previous.days());
  }

  public RateComparison againstLastYear() {
    return new RateComparison(period.events(), period.days(), lastYear.events(), lastYear.days());
  }

  /**
   * The comparison in words: "23 events from 2020-05-01 to 2020-05-31: up from 12 in the previous 31 days
   * (2020-03-31 to 2020-04-30) (rate ratio 1.92, 95% CI 0.93-4.11, p = 0.076, not significant at the 5%
   * level); down from 61 in the same dates of 2019 (...)."
   */
  public String describe() {
    return String.format(Locale.ROOT, "%d events from %s to %s: %s; %s.", period.events(), period.from(), period.to(),
        clause("the previous " + previous.days() + " days (" + previous.from() + " to " + previous.to() + ")", previous,
            againstPrevious()),
        clause("the same dates of " + lastYear.from().getYear(), lastYear, againstLastYear()));
  }

  private static String clause(String label, Period other, RateComparison c) {
    if (c.count1() + c.count2() == 0) {
      return "none in " + label + " either";
    }
    double rr = c.rateRatio();
    String direction = rr > 1 ? "up from " : rr < 1 ? "down from " : "level with ";
    double p = c.pValue();
    return String.format(Locale.ROOT, "%s%d in %s (rate ratio %s, 95%% CI %s-%s, p %s, %s at the 5%% level)",
        direction, other.events(), label, number(rr), number(c.lower()), number(c.upper()), SituationReport.p(p),
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
