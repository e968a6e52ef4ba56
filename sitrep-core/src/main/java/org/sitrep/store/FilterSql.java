package org.sitrep.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A filter as SQL over {@code events e}: conditions with {@code ?} placeholders, their values appended
 * to a list in the same order. Request text reaches the database only as a bound value.
 */
final class FilterSql {
  private FilterSql() {
  }

  /** The WHERE clause of a filter over {@code events e}, its values appended to {@code params}. */
  static String where(EventFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder("WHERE 1 = 1");
    if (f.from() != null) {
      sql.append(" AND e.event_date >= ?");
      params.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND e.event_date <= ?");
      params.add(Date.valueOf(f.to()));
    }
    if (f.country() != null) {
      sql.append(" AND e.country = ?"); // stored as ISO codes, upper case: a plain comparison keeps zone maps usable
      params.add(f.country().toUpperCase(java.util.Locale.ROOT));
    }
    if (f.admin1() != null) {
      sql.append(" AND lower(e.admin1) = lower(?)");
      params.add(f.admin1());
    }
    if (f.actor() != null) {
      sql.append(" AND (e.actor1 ILIKE ? ESCAPE '\\' OR e.actor2 ILIKE ? ESCAPE '\\')");
      String like = like(f.actor());
      params.add(like);
      params.add(like);
    }
    if (f.eventType() != null) {
      sql.append(" AND (lower(e.event_key) = lower(?) OR lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))");
      params.add(f.eventType());
      params.add(f.eventType());
      params.add(f.eventType());
    }
    if (f.origin() != null) {
      sql.append(" AND e.origin = lower(?)");
      params.add(f.origin());
    }
    return sql.append(text(f.text(), params)).toString();
  }

  /** The free-text condition: sentence, place or actor, any case; empty for no text. */
  private static String text(String text, List<Object> params) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String like = like(text);
    for (int i = 0; i < 4; i++) {
      params.add(like);
    }
    return " AND (e.sentence ILIKE ? ESCAPE '\\' OR e.location ILIKE ? ESCAPE '\\' OR e.actor1 ILIKE ? ESCAPE '\\'"
        + " OR e.actor2 ILIKE ? ESCAPE '\\')";
  }

  /** A LIKE pattern matching the text anywhere, its wildcards escaped. */
  static String like(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }
}
