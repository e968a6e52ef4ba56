package org.sitrep.coding;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.EventDate;

/**
 * When an event happened, read from its sentence: the DATE SUTime found nearest the trigger in the
 * parse (not one that dates an act of speech or another clause's happening), a date counted back
 * from another ("two days after ...", "the day before"), else the seven days up to publication.
 */
final class EventDates {
  static final java.util.regex.Pattern ISO_PERIOD = java.util.regex.Pattern.compile("P(\\d+)([DWMY])");
  /** Phrases that date an event one day before the day the sentence speaks of. */
  static final java.util.regex.Pattern DAY_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(the\\s+)?(day|night)\\s+before|the\\s+previous\\s+(day|night)|a\\s+day\\s+earlier|the\\s+day\\s+earlier");

  private EventDates() {
  }

  /** The DATE expression nearest the trigger in the parse, unless it dates an act of speech. */
  static EventDate dateOf(ParsedSentence ps, int head, Map<Integer, Integer> dist, LocalDate published) {
    int clause = Clauses.clauseOf(ps, head);
    EventDate best = null;
    int bestDist = Integer.MAX_VALUE;
    for (CoreEntityMention em : ps.sentence().entityMentions()) {
      if (!em.entityType().equals("DATE")) {
        continue;
      }
      String timex = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      var value = TemporalValues.parse(timex);
      if (value.isEmpty()) {
        continue;
      }
      int nearest = Integer.MAX_VALUE;
      int anchor = -1;
      for (var tok : em.tokens()) {
        int i = ps.tokens().indexOf(tok);
        Integer d = dist.get(i);
        if (d != null && d < nearest) {
          nearest = d;
          anchor = i;
        }
      }
      if (anchor < 0) {
        continue;
      }
      ParsedSentence.Arc gov = ps.parent(anchor);
      if (gov != null && gov.token() != head && Clauses.REPORTING.contains(ps.lemma(gov.token()))) {
        continue;
      }
      if (Clauses.within(ps, List.of(anchor), clause) && Clauses.inAnotherClause(ps, List.of(anchor), clause, head, false)) {
        continue; // "The shooting comes after the police killing ... on March 18": that date is the killing's
      }
      if (nearest < bestDist) {
        bestDist = nearest;
        var v = TemporalValues.pastWeekday(value.get(), em.text(), published);
        if (DAY_BEFORE.matcher(em.text()).matches()) {
          v = new TemporalValues.Value(otherDay(ps, em, published).minusDays(1), DatePrecision.DAY);
        }
        best = new EventDate(v.date(), v.precision(), DateSource.TEXT);
      }
    }
    return best;
  }

  /**
   * "It comes a week after 44 people were killed", "Sunday's explosion came two days after two bombs
   * killed six": an event in an "after" clause with a duration happened that long before the date of
   * the clause it modifies (that clause's own date, or the publication's).
   */
  static EventDate dateBefore(ParsedSentence ps, int head, LocalDate published) {
    int clause = head;
    for (int level = 0; !Clauses.hasMark(ps, clause, "after"); level++) {
      ParsedSentence.Arc up = ps.parent(clause);
      if (up == null || level >= 3) {
        return null;
      }
      clause = up.token();
    }
    ParsedSentence.Arc governor = ps.parent(clause);
    java.time.Period gap = durationUnder(ps, clause);
    if (governor == null || !governor.relation().startsWith("advcl") || gap == null) {
      return null;
    }
    Map<Integer, Integer> scope = new HashMap<>(ps.subtree(governor.token()));
    scope.keySet().removeAll(ps.subtree(clause).keySet());
    EventDate base = dateOf(ps, governor.token(), scope, published);
    if (base == null) {
      base = weekBefore(published);
    }
    return new EventDate(base.date().minus(gap), base.precision(), DateSource.TEXT);
  }

  /**
   * The day "the day before" counts back from: the sentence's other date ("swept across Cairo on Monday
   * as police probed the blast that ripped through a church the day before"), else the publication's.
   * SUTime resolves such phrases against the publication date whatever the sentence says.
   */
  static LocalDate otherDay(ParsedSentence ps, CoreEntityMention self, LocalDate published) {
    for (CoreEntityMention em : ps.sentence().entityMentions()) {
      if (em != self && em.entityType().equals("DATE") && !DAY_BEFORE.matcher(em.text()).matches()) {
        var value = TemporalValues.parse(em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        if (value.isPresent() && value.get().precision() == DatePrecision.DAY) {
          return TemporalValues.pastWeekday(value.get(), em.text(), published).date();
        }
      }
    }
    return published;
  }

  /** An event the text does not date: the seven days up to publication, marked as assumed. */
  static EventDate weekBefore(LocalDate published) {
    return new EventDate(published.minusDays(6), DatePrecision.WEEK, DateSource.PUBLICATION);
  }

  static LocalDate lastDay(EventDate d) {
    return switch (d.precision()) {
      case DAY -> d.date();
      case WEEK -> d.date().plusDays(6);
      case MONTH -> d.date().withDayOfMonth(d.date().lengthOfMonth());
      case YEAR -> d.date().withDayOfYear(d.date().lengthOfYear());
    };
  }

  /** The duration SUTime read in a clause's own words ("a week", "two days"), as a period. */
  static java.time.Period durationUnder(ParsedSentence ps, int clause) {
    Set<Integer> own = new java.util.HashSet<>();
    for (ParsedSentence.Arc a : ps.children(clause)) {
      own.add(a.token());
    }
    for (CoreEntityMention em : ps.sentence().entityMentions()) {
      if (!em.entityType().equals("DURATION") || em.tokens().stream().noneMatch(t -> own.contains(ps.tokens().indexOf(t)))) {
        continue;
      }
      String iso = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      java.util.regex.Matcher m = iso == null ? null : ISO_PERIOD.matcher(iso);
      if (m != null && m.matches()) {
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
          case "D" -> java.time.Period.ofDays(n);
          case "W" -> java.time.Period.ofWeeks(n);
          case "M" -> java.time.Period.ofMonths(n);
          default -> java.time.Period.ofYears(n);
        };
      }
    }
    return null;
  }
}
