package org.sitrep.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.domain.DatePrecision;

/** Reads SUTime's TIMEX3 values ("2020-05-06", "2020-W19", "2019-10", "2019") into dates with a precision. */
final class TemporalValues {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)(on\\s+)?(last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)('s)?");

  private static final Pattern EMBEDDED_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  record Value(LocalDate date, DatePrecision precision) {
  }

  private TemporalValues() {
  }

  static Optional<Value> parse(String timex) {
    if (timex == null) {
      return Optional.empty();
    }
    try {
      Matcher m = DAY.matcher(timex);
      if (m.matches()) {
        return Optional.of(new Value(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DatePrecision.DAY));
      }
      m = WEEK.matcher(timex);
      if (m.matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new Value(monday, DatePrecision.WEEK));
      }
      m = MONTH.matcher(timex);
      if (m.matches()) {
        return Optional.of(new Value(LocalDate.of(num(m, 1), num(m, 2), 1), DatePrecision.MONTH));
      }
      m = YEAR.matcher(timex);
      if (m.matches()) {
        return Optional.of(new Value(LocalDate.of(num(m, 1), 1, 1), DatePrecision.YEAR));
      }
      m = EMBEDDED_DAY.matcher(timex);
      if (m.find()) {
        String only = m.group();
        if (!m.find()) { // "THIS P1D INTERSECT 2015-05-21" ("on May 21, 2015, the same day"): its one full date
          m = EMBEDDED_DAY.matcher(only);
          m.find();
          return Optional.of(new Value(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), DatePrecision.DAY));
        }
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // SUTime occasionally yields impossible dates ("2019-02-30")
    }
    return Optional.empty(); // durations, PAST_REF and the like name no period
  }

  /**
   * A bare weekday in news means the most recent one: SUTime may resolve "Wednesday" to the coming one
   * when the article appeared earlier in the week. Such a date after publication moves back a week.
   */
  static Value pastWeekday(Value v, String text, LocalDate published) {
    if (published != null && v.date().isAfter(published) && WEEKDAY.matcher(text.trim().toLowerCase(Locale.ROOT)).matches()) {
      return new Value(v.date().minusWeeks(1), v.precision());
    }
    return v;
  }

  private static int num(Matcher m, int g) {
    return Integer.parseInt(m.group(g));
  }
}
