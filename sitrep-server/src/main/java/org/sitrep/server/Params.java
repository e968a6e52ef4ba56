package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/**
 * Reads and checks request parameters. Every value is validated here, with an error that names the
 * parameter, and reaches SQL only as a bound parameter (the store never splices request text).
 */
final class Params {
  private static final int MAX_TEXT = 200;

  private Params() {
  }

  static EventFilter filter(Context ctx) {
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadParameter("to", "ends (" + to + ") before from (" + from + ")");
    }
    String country = text(ctx, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw new BadParameter("country", "an ISO 3166 alpha-2 code such as SY, not '" + country + "'");
    }
    return new EventFilter(from, to, country, text(ctx, "admin1"), text(ctx, "actor"), text(ctx, "type"));
  }

  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "a date as YYYY-MM-DD, not '" + v + "'");
    }
    if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
      // news is dated within these; a date far outside them only makes a query span millennia
      throw new BadParameter(name, "a date from " + EARLIEST + " to " + LATEST + ", not '" + v + "'");
    }
    return d;
  }

  static LocalDate requiredDate(Context ctx, String name) {
    LocalDate d = date(ctx, name);
    if (d == null) {
      throw new BadParameter(name, "required (YYYY-MM-DD)");
    }
    return d;
  }

  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw new BadParameter(name, "longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadParameter(name, "must be " + min + "-" + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadParameter(name, "a whole number, not '" + v + "'");
    }
  }

  static String oneOf(Context ctx, String name, String fallback, Set<String> allowed) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String lower = v.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw new BadParameter(name, "one of " + allowed + ", not '" + v + "'");
    }
    return lower;
  }

  static EventStore.Interval interval(Context ctx) {
    return EventStore.Interval.valueOf(oneOf(ctx, "interval", "month", Set.of("day", "week", "month", "year"))
        .toUpperCase(Locale.ROOT));
  }

  static EventStore.Grouping grouping(Context ctx) {
    return EventStore.Grouping.valueOf(oneOf(ctx, "by", "none", Set.of("none", "country", "admin1", "admin2", "actor1",
        "actor2", "event_type", "sub_event_type")).toUpperCase(Locale.ROOT));
  }
}
