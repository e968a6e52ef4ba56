package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventSummaries;

/**
 * Reads and checks request parameters. Every value is validated here, with an error that names the
 * parameter, and reaches SQL only as a bound parameter (the store never splices request text).
 */
final class Params {
  private static final int MAX_TEXT = 200;

  private Params() {
  }

  /**
   * A request's query parameters by name, null when absent: Javalin's {@code ctx::queryParam} in the
   * server, a map in the fuzz tests. The {@code Context} forms below read a request's.
   */
  @FunctionalInterface
  interface Query {
    String param(String name);
  }

  static EventFilter filter(Context ctx) {
    return filter(ctx::queryParam);
  }

  static LocalDate date(Context ctx, String name) {
    return date(ctx::queryParam, name);
  }

  static LocalDate requiredDate(Context ctx, String name) {
    return requiredDate(ctx::queryParam, name);
  }

  static String text(Context ctx, String name) {
    return text(ctx::queryParam, name);
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    return integer(ctx::queryParam, name, fallback, min, max);
  }

  static String oneOf(Context ctx, String name, String fallback, Set<String> allowed) {
    return oneOf(ctx::queryParam, name, fallback, allowed);
  }

  static EventSummaries.Bounds bounds(Context ctx) {
    return bounds((Query) ctx::queryParam);
  }

  static EventStore.Interval interval(Context ctx) {
    return interval((Query) ctx::queryParam);
  }

  static EventStore.Grouping grouping(Context ctx) {
    return grouping((Query) ctx::queryParam);
  }

  static EventFilter filter(Query q) {
    LocalDate from = date(q, "from");
    LocalDate to = date(q, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw new BadParameter("to", "ends (" + to + ") before from (" + from + ")");
    }
    String country = text(q, "country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw new BadParameter("country", "an ISO 3166 alpha-2 code such as SY, not '" + country + "'");
    }
    String origin = q.param("origin") == null || q.param("origin").isBlank() ? null
        : oneOf(q, "origin", null, Set.of("sitrep", "acled", "gdelt"));
    return new EventFilter(from, to, country, text(q, "admin1"), text(q, "actor"), text(q, "type"), origin,
        text(q, "q"));
  }

  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  static LocalDate date(Query q, String name) {
    String v = q.param(name);
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

  static LocalDate requiredDate(Query q, String name) {
    LocalDate d = date(q, name);
    if (d == null) {
      throw new BadParameter(name, "required (YYYY-MM-DD)");
    }
    return d;
  }

  static String text(Query q, String name) {
    String v = q.param(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw new BadParameter(name, "longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  static int integer(Query q, String name, int fallback, int min, int max) {
    String v = q.param(name);
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

  static String oneOf(Query q, String name, String fallback, Set<String> allowed) {
    String v = q.param(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String lower = v.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw new BadParameter(name, "one of " + allowed + ", not '" + v + "'");
    }
    return lower;
  }

  /** {@code bbox=south,west,north,east} in degrees, null when absent. */
  static EventSummaries.Bounds bounds(Query q) {
    String v = text(q, "bbox");
    if (v == null) {
      return null;
    }
    String[] parts = v.split(",");
    if (parts.length != 4) {
      throw new BadParameter("bbox", "south,west,north,east in degrees, not '" + v + "'");
    }
    try {
      double[] d = new double[4];
      for (int i = 0; i < 4; i++) {
        d[i] = Double.parseDouble(parts[i].strip());
      }
      return new EventSummaries.Bounds(d[0], d[1], d[2], d[3]);
    } catch (NumberFormatException e) {
      throw new BadParameter("bbox", "south,west,north,east in degrees, not '" + v + "'");
    } catch (IllegalArgumentException e) {
      throw new BadParameter("bbox", e.getMessage());
    }
  }

  static EventStore.Interval interval(Query q) {
    return EventStore.Interval.valueOf(oneOf(q, "interval", "month", Set.of("day", "week", "month", "year"))
        .toUpperCase(Locale.ROOT));
  }

  static EventStore.Grouping grouping(Query q) {
    return EventStore.Grouping.valueOf(oneOf(q, "by", "none", Set.of("none", "country", "admin1", "admin2", "actor1",
        "actor2", "event_type", "sub_event_type")).toUpperCase(Locale.ROOT));
  }
}
