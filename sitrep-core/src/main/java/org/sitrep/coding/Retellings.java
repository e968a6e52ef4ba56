package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.domain.Actor;
import org.sitrep.domain.Counts;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.Place;
import org.sitrep.merge.EventMatcher;

/**
 * The tellings of one event joined into one event, at three distances: triggers linked in one
 * sentence's parse ("ambushed a convoy, killing four"), an anaphoric mention and the event it retells
 * a few sentences back ("the raid"), and the retellings of the story's main event across the article.
 */
final class Retellings {
  private static final Set<String> FATAL_VERBS = CasualtyCounts.KILLING_VERBS;
  /** Types whose words name violence without its kind ("the attack", "the killing"): they may retell any violence. */
  private static final Set<String> GENERIC_KEYS = Set.of("armed_clash", "killing");
  /** How many sentences back "the raid" may look for the raid it retells. */
  private static final int ANAPHORA_WINDOW_SENTENCES = 3;
  /** Words by which a story says that what it tells now is another incident than the one before. */
  private static final Pattern DISTINCT_INCIDENT = Pattern.compile(
      "(?i)\\b(another|second|third|fourth|fifth|separate|separately|earlier|previous|prior)\\b");
  /** ACLED types of violence, which a generic word ("killed", "the attack") may stand for. */
  private static final Set<String> VIOLENT_TYPES = Set.of("Battles", "Explosions/Remote violence",
      "Violence against civilians");

  private Retellings() {
  }

  /**
   * One event per occurrence: a story tells its main event several times ("a bomb exploded ... the
   * blast killed 25 ... the attack on the cathedral"), each telling with part of the facts. A later
   * mention joins an earlier one when the dates overlap (each widened by its precision), the places
   * agree at the coarser precision (Giza within Egypt),
   * the actors that both name agree, and the types are one, or one is only a consequence or a generic
   * word ("killed", "the attack") that the other, more specific, explains. The joined event keeps the
   * first mention's evidence and the more precise date and place.
   */
  static List<Event> merged(List<Event> events, Set<String> inferredPlaces) {
    List<Event> kept = new ArrayList<>();
    Set<String> inferred = new java.util.HashSet<>(inferredPlaces);
    for (Event e : events) {
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (retelling(kept.get(i), e, inferred)) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(e);
      } else {
        Event first = kept.get(same);
        boolean laterPlaceStated = inferred.contains(first.id()) && !inferred.contains(e.id());
        Event j = joined(first, e, laterPlaceStated);
        if (laterPlaceStated) {
          inferred.remove(first.id());
        }
        kept.set(same, j);
      }
    }
    return kept;
  }

  private static boolean retelling(Event a, Event b, Set<String> inferred) {
    if (toldAsAnotherIncident(b)) {
      return false;
    }
    boolean typesAgree = a.type().acledSubType().equals(b.type().acledSubType()) || generic(a) && violent(b)
        || generic(b) && violent(a) || a.type().acledType().equals(b.type().acledType()) && (vague(a) || vague(b));
    // One place inferred from the story's focus stands for no more than the country the text gave; two
    // unplaced tellings in one story may be one event.
    boolean placesAgree = EventMatcher.placesAgree(a.place(), b.place())
        || (inferred.contains(a.id()) || inferred.contains(b.id())) && a.place() != null && b.place() != null
        && a.place().country().equals(b.place().country())
        && a.place().admin1().equals(b.place().admin1());
    boolean twoDays = a.date().precision() == DatePrecision.DAY && b.date().precision() == DatePrecision.DAY
        && !a.date().date().equals(b.date().date()); // one story dating two tellings apart means two events
    return typesAgree && placesAgree && !twoDays && EventMatcher.datesOverlap(a.date(), b.date())
        && EventMatcher.actorsCompatible(a.actor1(), b.actor1())
        && EventMatcher.actorsCompatible(a.actor2(), b.actor2());
  }

  /** "The blast", "the explosion": words that name an explosion without saying how it was set off. */
  private static boolean vague(Event e) {
    String trigger = e.evidence().trigger().toLowerCase(Locale.ROOT);
    return trigger.startsWith("blast") || trigger.startsWith("explo");
  }

  /** "In another attack ...", "In a third incident ...": the story says it is a new one. */
  static boolean toldAsAnotherIncident(Event e) {
    return DISTINCT_INCIDENT.matcher(e.evidence().sentence()).find();
  }

  /** "Killed", "the death of", "the attack": words that name violence without saying which kind. */
  private static boolean generic(Event e) {
    String trigger = e.evidence().trigger().toLowerCase(Locale.ROOT);
    return e.type().key().equals("killing") || e.type().key().equals("armed_clash") && trigger.startsWith("attack");
  }

  private static boolean violent(Event e) {
    return VIOLENT_TYPES.contains(e.type().acledType());
  }

  private static Event joined(Event first, Event later, boolean laterPlaceStated) {
    Event specific = (generic(first) || vague(first)) && !generic(later) && !vague(later) ? later : first;
    Place place = first.place() == null || laterPlaceStated || later.place() != null
        && later.place().precision().ordinal() < first.place().precision().ordinal() ? later.place() : first.place();
    EventDate date = later.date().precision().ordinal() < first.date().precision().ordinal() ? later.date() : first.date();
    Counts counts = first.counts().max(later.counts());
    Actor actor2 = EventCoder.firstNonNull(first.actor2(), later.actor2());
    Actor actor1 = EventCoder.attacker(EventCoder.firstNonNull(first.actor1(), later.actor1()), actor2);
    return new Event(first.id(), first.articleId(), specific.type(), date, actor1, actor2, place,
        counts.killed().value(), first.evidence(), counts);
  }

  /**
   * Triggers joined in the parse tell one event: "killed in a U.S. raid", "ambushed a convoy, killing
   * four soldiers", "a roadside bomb killed two fighters". The dependent's facts fill in the head's,
   * and the kind of attack wins over the bare "kill", which only tells its outcome.
   */
  static void mergeLinkedTriggers(ParsedSentence ps, List<EventCoder.Draft> found) {
    boolean merged = true;
    while (merged) {
      merged = false;
      for (EventCoder.Draft dependent : found) {
        ParsedSentence.Arc up = ps.parent(dependent.triggerToken);
        EventCoder.Draft head = up == null ? null : found.stream().filter(d -> d.triggerToken == up.token()).findFirst().orElse(null);
        if (head == null || head == dependent) {
          continue;
        }
        boolean headIsOutcome = FATAL_VERBS.contains(ps.lemma(head.triggerToken))
            && !FATAL_VERBS.contains(ps.lemma(dependent.triggerToken));
        if (up.relation().startsWith("conj") && head.definition != dependent.definition
            && !FATAL_VERBS.contains(ps.lemma(head.triggerToken)) && !FATAL_VERBS.contains(ps.lemma(dependent.triggerToken))) {
          continue; // "shelling and then airstrikes": two kinds of attack, two events
        }
        EventCoder.Draft survivor = headIsOutcome ? dependent : head;
        EventCoder.Draft absorbed = headIsOutcome ? head : dependent;
        survivor.actor1 = EventCoder.firstNonNull(survivor.actor1, absorbed.actor1);
        survivor.actor2 = EventCoder.firstNonNull(survivor.actor2, absorbed.actor2);
        survivor.date = EventCoder.firstNonNull(survivor.date, absorbed.date);
        if (survivor.place == null || absorbed.place != null
            && absorbed.place.place().precision().ordinal() < survivor.place.place().precision().ordinal()) {
          survivor.place = EventCoder.firstNonNull(absorbed.place, survivor.place);
        }
        survivor.counts = survivor.counts.max(absorbed.counts);
        survivor.anaphoric &= absorbed.anaphoric;
        survivor.attribution = survivor.attribution.isEmpty() ? absorbed.attribution : survivor.attribution;
        found.remove(absorbed);
        merged = true;
        break;
      }
    }
  }

  /**
   * "The raid" or "Wednesday's raid" with no actor of its own, shortly after an event of the same family,
   * is that event told again: it adds what the first telling lacked (often the date) instead of
   * counting twice.
   */
  static boolean joinAntecedent(EventCoder.Draft d, List<EventCoder.Draft> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventCoder.Draft a = earlier.get(i);
      if (d.sentenceIndex - a.sentenceIndex > ANAPHORA_WINDOW_SENTENCES) {
        return false;
      }
      boolean sameKind = a.definition.family().equals(d.definition.family())
          || GENERIC_KEYS.contains(d.definition.key()) && VIOLENT_TYPES.contains(a.definition.codeFor(null, null).acledType());
      if (!sameKind || a.date != null && d.date != null
          && !a.date.date().equals(d.date.date()) && a.date.precision() == DatePrecision.DAY
          && d.date.precision() == DatePrecision.DAY) {
        continue; // another kind of event, or dated to another day: not the same one
      }
      if (a.date == null && d.date != null) {
        a.date = new EventDate(d.date.date(), d.date.precision(), DateSource.COREFERENCE);
      }
      if (a.place == null || d.place != null
          && d.place.place().precision().ordinal() < a.place.place().precision().ordinal()) {
        a.place = EventCoder.firstNonNull(d.place, a.place);
      }
      a.actor1 = EventCoder.firstNonNull(a.actor1, d.actor1);
      a.actor2 = EventCoder.firstNonNull(a.actor2, d.actor2);
      a.counts = a.counts.max(d.counts);
      return true;
    }
    return false;
  }

  static boolean sameFacts(Event a, Event b) {
    return a.type().equals(b.type()) && a.date().equals(b.date()) && java.util.Objects.equals(a.actor1(), b.actor1())
        && java.util.Objects.equals(a.actor2(), b.actor2()) && java.util.Objects.equals(a.place(), b.place());
  }
}
