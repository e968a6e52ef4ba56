package org.sitrep.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire report: where it was filed and, often, when. The forms are the wire
 * services' and the monitoring services' ("BEIRUT, May 7 (Reuters) -", "KABUL, Afghanistan (AP) —",
 * "BEIJING, Jan. 12 (Xinhua) --", "ANKARA (AA) -", "Concepcion, 23 Aug 88 (Santiago Domestic Service) --",
 * "Text of report by Tolo News TV on 14 May 2021:"). The place is where the report was filed, not where
 * its events happened; the date dates the report when nothing better does.
 *
 * @param place      the filing place as written ("BEIRUT"), or null when the form names none
 * @param placeStart offset of the place in the text read, or -1
 * @param placeEnd   end of the place, or -1
 * @param day        month and day the dateline gives, or null
 * @param year       the year it gives (a two-digit year read as the nearest past one), or 0 when none
 * @param agency     the agency or source in its parentheses ("Reuters"), or null
 * @param end        offset just past the dateline and its dash
 */
public record Dateline(String place, int placeStart, int placeEnd, MonthDay day, int year, String agency, int end) {
  /** A dateline opens its text; a longer head is not looked at (and no pattern runs over the whole text). */
  private static final int HEAD_CHARS = 240;

  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String WORD = "[\\p{L}\\p{M}'’.\\-]+";
  /** "May 7", "Jan. 12, 2021" (US order) or "23 Aug 88", "7 May 2020" (day first). */
  private static final String DATE = "(?:(?<usMonth>" + MONTH + ")\\.? (?<usDay>\\d{1,2})(?:, (?<usYear>\\d{4}))?"
      + "|(?<day>\\d{1,2}) (?<month>" + MONTH + ")\\.?(?: (?<year>\\d{4}|\\d{2}))?)";
  private static final Pattern WIRE = Pattern.compile(
      "(?:\\[(?:Text|Report)\\] )?"
          + "(?<place>\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?: " + WORD + "){0,3}?)"
          + "(?:, (?!" + MONTH + "\\.? \\d)\\p{Lu}[\\p{L}.'\\-]*(?: \\p{Lu}[\\p{L}.'\\-]*){0,2})?" // its state or country
          + "(?:,? " + DATE + ")?"
          + "(?: ?\\((?<agency>[^()\\n]{1,60})\\))?"
          + " ?(?<dash>--|—|–|-|:)(?= |$)");
  private static final Pattern MONITORING = Pattern.compile(
      "(?:Text of |Excerpt from )?(?:a )?report by (?<agency>[^\\n:]{3,80}?) on (?<day>\\d{1,2}) (?<month>" + MONTH
          + ")\\.? (?<year>\\d{4})\\s*:", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** The dateline that opens {@code text}, or null. */
  public static Dateline parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String head = text.substring(0, Math.min(text.length(), HEAD_CHARS)).replace('\u00a0', ' ');
    Matcher m = MONITORING.matcher(head);
    if (m.lookingAt()) {
      MonthDay day = monthDay(m.group("month"), m.group("day"));
      return day == null ? null
          : new Dateline(null, -1, -1, day, Integer.parseInt(m.group("year")), m.group("agency").strip(), m.end());
    }
    m = WIRE.matcher(head);
    if (!m.lookingAt()) {
      return null;
    }
    String place = m.group("place");
    String agency = m.group("agency");
    boolean dated = m.group("usMonth") != null || m.group("month") != null;
    MonthDay day = m.group("usMonth") != null ? monthDay(m.group("usMonth"), m.group("usDay"))
        : dated ? monthDay(m.group("month"), m.group("day")) : null;
    if (dated && day == null) {
      return null; // "June 31": not a date, so not a dateline either
    }
    String yearText = m.group("usYear") != null ? m.group("usYear") : m.group("year");
    boolean shouted = place.length() >= 2 && place.equals(place.toUpperCase(Locale.ROOT));
    // A capitalised phrase and a dash is a sentence as often as a dateline ("Police said - ..."): only an
    // upper-case place, a date or an agency make it one. A colon needs a date or an agency.
    boolean colon = m.group("dash").equals(":");
    if (!(dated || agency != null || shouted && !colon)) {
      return null;
    }
    // a dateline opens a sentence; "PAKISTAN - KHYBER PAKHTUNKHWA INCIDENT ALERT" is a headline
    if (head.substring(m.end()).chars().noneMatch(Character::isLowerCase)) {
      return null;
    }
    return new Dateline(place, m.start("place"), m.end("place"), day, year(yearText), agency == null ? null : agency.strip(), m.end());
  }

  private static final Pattern WRITTEN_DATE = Pattern.compile(DATE);

  /**
   * A date written out with its year somewhere in a short text ("Sun, 14 Mar 2021 10:22 +0000", "March
   * 14, 2021"), as e-mail and bulletin headers give it; null when there is none.
   */
  public static LocalDate writtenDate(String text) {
    Matcher m = WRITTEN_DATE.matcher(text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text);
    while (m.find()) {
      boolean us = m.group("usMonth") != null;
      String yearText = us ? m.group("usYear") : m.group("year");
      MonthDay day = us ? monthDay(m.group("usMonth"), m.group("usDay")) : monthDay(m.group("month"), m.group("day"));
      if (day != null && yearText != null) {
        LocalDate d = valid(year(yearText), day);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /**
   * The date the dateline opening {@code paragraphs} gives (see {@link #date}), or null when they open
   * with none or it gives no day.
   */
  public static LocalDate dateOpening(java.util.List<String> paragraphs, LocalDate reference) {
    Dateline dateline = paragraphs.isEmpty() ? null : parse(paragraphs.get(0));
    return dateline == null ? null : dateline.date(reference);
  }

  /**
   * The date the dateline gives: its own year, else the latest such day not after {@code reference} (the
   * day it is read, for a report that arrives as it is filed), or null when it gives no day.
   */
  public LocalDate date(LocalDate reference) {
    if (day == null) {
      return null;
    }
    if (year > 0) {
      return valid(year, day);
    }
    if (reference == null) {
      return null;
    }
    for (int y = reference.getYear(); y >= reference.getYear() - 4; y--) {
      LocalDate d = valid(y, day);
      if (d != null && !d.isAfter(reference)) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate valid(int year, MonthDay day) {
    return day.isValidYear(year) ? day.atYear(year) : null;
  }

  private static MonthDay monthDay(String month, String day) {
    Integer mm = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
    try {
      return mm == null ? null : MonthDay.of(mm, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "88" is 1988 and "21" 2021: a two-digit year is the latest such year not after this one. */
  private static int year(String text) {
    if (text == null) {
      return 0;
    }
    int y = Integer.parseInt(text);
    if (text.length() == 2) {
      int now = LocalDate.now().getYear();
      y += now - now % 100;
      if (y > now) {
        y -= 100;
      }
    }
    return y;
  }
}
