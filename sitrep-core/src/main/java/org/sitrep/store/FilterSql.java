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

  /**
   * The WHERE clause of a filter over {@code events e}, its values appended to {@code params}; the
   * filter's admin1 stands for {@code admin1Spellings}, the stored names that spell it.
   */
  static String where(EventFilter f, List<Object> params, List<String> admin1Spellings) {
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
      if (admin1Spellings.isEmpty()) {
        sql.append(" AND FALSE");
      } else {
        sql.append(" AND e.admin1 IN (").append("?, ".repeat(admin1Spellings.size() - 1)).append("?)");
        params.addAll(admin1Spellings);
      }
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

  /**
   * SQL for a name's spelling key: without accents, case, Arabic articles (al-, el-, ad-, ez-, ...) and
   * anything but letters and digits.
   */
  private static String spellingKey(String expr) {
    return "regexp_replace(regexp_replace(lower(strip_accents(" + expr + ")),"
        + " '\\b(al|el|ad|ed|ar|er|as|es|az|ez|an|en|at|et|ash|esh)\\b', '', 'g'), '[^a-z0-9]', '', 'g')";
  }

  /**
   * SQL for the stored first-level division names that are spellings of any of the {@code names} bound
   * as {@code ?} (a name and the gazetteer's other names of its division, {@link org.sitrep.geo.DivisionNames}).
   * Transliterations differ by an article, a hyphen or vowels ("Deir el-Zour", "Deir ez-Zor", "Dayr az
   * Zor"; "Idlib", "Idleb"; "Salah al-Din", "Salah ad Din"): names match when their spelling keys are
   * equal, or one edit apart (keys of five letters or more), or have the same consonants (four or
   * more), always with the same digits ("Region 1" is not "Region 2"); "North Kivu" and "South Kivu"
   * differ in both. It reads the few distinct names stored, so the events are then filtered by a list.
   * The LIMIT keeps DuckDB from pushing the name tests below the DISTINCT, onto every event.
   */
  static String admin1Spellings(int names) {
    String a = spellingKey("a");
    String q = spellingKey("n");
    return "SELECT DISTINCT a FROM (SELECT DISTINCT admin1 AS a FROM events WHERE admin1 IS NOT NULL LIMIT 1000000),"
        + " (VALUES " + "(?), ".repeat(names - 1) + "(?)) AS q(n)"
        + " WHERE " + a + " = " + q + " OR (regexp_replace(a, '[^0-9]', '', 'g') = regexp_replace(n, '[^0-9]', '', 'g')"
        + " AND ((length(" + q + ") >= 5 AND levenshtein(" + a + ", " + q + ") <= 1)"
        + " OR (length(" + consonants(q) + ") >= 4 AND " + consonants(a) + " = " + consonants(q) + ")))";
  }

  /** SQL for a spelling key's first letter and its consonants: "deirzor" and "dayrzor" are both "drzr". */
  private static String consonants(String key) {
    return "(substr(" + key + ", 1, 1) || regexp_replace(substr(" + key + ", 2), '[aeiouyw]', '', 'g'))";
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
