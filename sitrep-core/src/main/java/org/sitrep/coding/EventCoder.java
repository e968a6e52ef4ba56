package org.sitrep.coding;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Counts;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.nlp.ActorMention;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.stage.Stage;

/**
 * Codes events from an annotated article: finds lexicon triggers, keeps those that report something
 * that happened, fills in who did it to whom, when and where from the dependency parse, and joins
 * mentions of one event within the article ("... capturing a leader." "Wednesday's raid ...").
 *
 * <p>What is not coded, because PETRARCH-style coders lose analysts' trust on exactly these: negated
 * or denied actions ("did not attack"), modal, planned or threatened ones ("vowed to attack", "could
 * strike"), and generic statements (a bare plural, "attacks have been increasingly lethal").
 *
 * <p>The coder holds the flow; each question it asks of a trigger has its own class: {@link Modality}
 * (did it happen?), {@link Attribution} (who says so?), {@link EventDates} (when?), {@link EventPlaces}
 * (where?), {@link CasualtyCounts} (how many?), {@link RoleRules} (who did it to whom?), all reading the parse
 * through {@link Clauses}; {@link TriggerVetoes} says where a word of the lexicon reports no event.
 */
public final class EventCoder implements Stage<AnnotatedArticle, CodedArticle> {
  private static final Set<String> FATAL_VERBS = CasualtyCounts.KILLING_VERBS;
  /** Types whose words name violence without its kind ("the attack", "the killing"): they may retell any violence. */
  private static final Set<String> GENERIC_KEYS = Set.of("armed_clash", "killing");
  private static final int ANAPHORA_WINDOW_SENTENCES = 3;
  private static final String DISRUPTED = "disrupted_weapons_use";
  /** How long before publication an event may lie and still be news; older ones are history in passing. */
  private static final int HISTORY_DAYS = 366;
  /** How far before publication an event may lie and still be the story's news, not its background. */
  private static final int FOCUS_DAYS = 31;
  /** Words by which a story says that what it tells now is another incident than the one before. */
  private static final java.util.regex.Pattern DISTINCT_INCIDENT = java.util.regex.Pattern.compile(
      "(?i)\\b(another|second|third|fourth|fifth|separate|separately|earlier|previous|prior)\\b");
  /** ACLED types of violence, which a generic word ("killed", "the attack") may stand for. */
  private static final Set<String> VIOLENT_TYPES = Set.of("Battles", "Explosions/Remote violence",
      "Violence against civilians");

  private final EventLexicon lexicon;
  private final java.util.function.Function<String, java.util.Optional<Actor>> knownActor;

  /**
   * @param knownActor the registry's actor by name or alias, so that "police" in a Syrian town become
   *                   the registry's actor for "Police Forces of Syria" where it has one
   */
  public EventCoder(EventLexicon lexicon, java.util.function.Function<String, java.util.Optional<Actor>> knownActor) {
    this.lexicon = lexicon;
    this.knownActor = knownActor;
  }

  /** An event mention while the article is being coded; becomes an immutable {@link Event}. */
  static final class Draft {
    int sentenceIndex;
    int paragraphStart;
    EventLexicon.Definition definition;
    int triggerToken;
    int triggerStart;
    String trigger;
    Actor actor1;
    Actor actor2;
    EventDate date;
    PlaceMention place;
    Counts counts = Counts.NONE;
    boolean anaphoric;
    /** The text gave only the country; the place is the story's focus place in it. */
    boolean placeInferred;
    /** Who the sentence says reports the event; empty when the reporter tells it as fact. */
    String attribution = "";
    ParsedSentence sentence;
  }

  @Override
  public CodedArticle apply(AnnotatedArticle input) {
    Article article = input.article();
    List<Draft> events = new ArrayList<>();
    List<CoreSentence> sentences = input.doc().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      ParsedSentence ps = new ParsedSentence(sentences.get(s));
      for (Draft d : codeSentence(ps, input)) {
        d.sentenceIndex = s;
        d.paragraphStart = org.sitrep.domain.Paragraph.around(article.body(), ps.begin(), ps.end()).start();
        if (d.anaphoric && joinAntecedent(d, events)) {
          continue;
        }
        if (d.anaphoric && d.date == null && d.place == null) {
          continue; // "the indiscriminate bombing" with nothing told before it: a reference, not a report
        }
        events.add(d);
      }
    }
    List<Event> out = new ArrayList<>();
    Set<String> inferredPlaces = new java.util.HashSet<>();
    Map<String, PlaceMention> focusByCountry = EventPlaces.focusPlaces(input);
    Draft previous = null;
    for (Draft d : events) {
      if (d.date == null) {
        // Nothing in the text dates it: say so, at week precision, rather than pass the publication
        // date off as the event's.
        d.date = EventDates.weekBefore(article.published());
      }
      if (d.place == null) {
        d.place = EventPlaces.placeFromContext(d, input, previous);
        if (d.place == null && focusByCountry.size() == 1) {
          // nothing in the text places it, not even a country: where the story happens, flagged as inferred
          d.place = focusByCountry.values().iterator().next();
          d.placeInferred = true;
        }
      } else if (d.place != null && d.place.place().precision() == GeoPrecision.COUNTRY && previous != null
          && previous.sentenceIndex == d.sentenceIndex && previous.place.place().country().equals(d.place.place().country())
          && org.sitrep.merge.EventMatcher.datesOverlap(d.date, previous.date)) {
        d.place = previous.place; // "Turkey has ... bombings in Istanbul that killed 44": the sentence's own place
      }
      if (d.place != null) {
        previous = d;
      }
      if (d.place != null && d.place.place().precision() == GeoPrecision.COUNTRY
          && !EventDates.lastDay(d.date).isBefore(article.published().minusDays(FOCUS_DAYS))) {
        PlaceMention focus = focusByCountry.get(d.place.place().country()); // where the story's current events are
        if (focus != null) {
          d.place = focus;
          d.placeInferred = true;
        }
      }
      if (d.date.date().isAfter(article.published()) && d.date.source() != DateSource.PUBLICATION) {
        continue; // a future event is a plan or a forecast, not a report
      }
      if (d.date.date().isBefore(article.published().minusDays(HISTORY_DAYS))) {
        continue; // "the war of 1966", "since 2011": history told in passing, not news this report brings
      }
      // nowhere the gazetteer knows, not even a country ("Marieholm"): the event is kept unplaced, since
      // an analyst can place it from its sentence, and a dropped event is lost for good
      Event e = toEvent(d, article);
      if (toldAsAnotherIncident(e) || out.stream().noneMatch(o -> sameFacts(o, e))) {
        out.add(e);
        if (d.placeInferred) {
          inferredPlaces.add(e.id());
        }
      }
    }
    return new CodedArticle(article, retellingsMerged(out, inferredPlaces));
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
  static List<Event> retellingsMerged(List<Event> events, Set<String> inferredPlaces) {
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
    boolean placesAgree = org.sitrep.merge.EventMatcher.placesAgree(a.place(), b.place())
        || (inferred.contains(a.id()) || inferred.contains(b.id())) && a.place() != null && b.place() != null
        && a.place().country().equals(b.place().country())
        && a.place().admin1().equals(b.place().admin1());
    boolean twoDays = a.date().precision() == DatePrecision.DAY && b.date().precision() == DatePrecision.DAY
        && !a.date().date().equals(b.date().date()); // one story dating two tellings apart means two events
    return typesAgree && placesAgree && !twoDays && org.sitrep.merge.EventMatcher.datesOverlap(a.date(), b.date())
        && org.sitrep.merge.EventMatcher.actorsCompatible(a.actor1(), b.actor1())
        && org.sitrep.merge.EventMatcher.actorsCompatible(a.actor2(), b.actor2());
  }

  /** "The blast", "the explosion": words that name an explosion without saying how it was set off. */
  private static boolean vague(Event e) {
    String trigger = e.evidence().trigger().toLowerCase(java.util.Locale.ROOT);
    return trigger.startsWith("blast") || trigger.startsWith("explo");
  }

  /** "In another attack ...", "In a third incident ...": the story says it is a new one. */
  private static boolean toldAsAnotherIncident(Event e) {
    return DISTINCT_INCIDENT.matcher(e.evidence().sentence()).find();
  }

  /** "Killed", "the death of", "the attack": words that name violence without saying which kind. */
  private static boolean generic(Event e) {
    String trigger = e.evidence().trigger().toLowerCase(java.util.Locale.ROOT);
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
    Actor actor2 = firstNonNull(first.actor2(), later.actor2());
    Actor actor1 = attacker(firstNonNull(first.actor1(), later.actor1()), actor2);
    return new Event(first.id(), first.articleId(), specific.type(), date, actor1, actor2, place,
        counts.killed().value(), first.evidence(), counts);
  }

  // ---- one sentence -----------------------------------------------------------------------------

  /**
   * Why the lexicon's words in a text coded nothing: "word: rule" for each trigger a rule of
   * {@link TriggerVetoes#CHAIN} vetoed, in text order. For tests and for anyone asking why a sentence
   * gave no event.
   */
  public List<String> vetoes(AnnotatedArticle input) {
    List<String> out = new ArrayList<>();
    for (CoreSentence sentence : input.doc().sentences()) {
      ParsedSentence ps = new ParsedSentence(sentence);
      for (TriggerAt at : triggersIn(ps)) {
        TriggerVetoes.firstVeto(new TriggerVetoes.Site(ps, at.head(), at.trigger(), input))
            .ifPresent(v -> out.add(ps.token(at.head()).word() + ": " + v.name()));
      }
    }
    return out;
  }

  /**
   * Who each of the lexicon's words in a text names, and by which rule of {@link RoleRules}: "word:
   * actor1 NAME by RULE; actor2 NAME by RULE", in text order. For tests and for anyone asking why an
   * event has the actors it has.
   */
  public List<String> roles(AnnotatedArticle input) {
    List<String> out = new ArrayList<>();
    for (CoreSentence sentence : input.doc().sentences()) {
      ParsedSentence ps = new ParsedSentence(sentence);
      List<ActorMention> actors = mentionsIn(input.actors(), ps);
      for (TriggerAt at : triggersIn(ps)) {
        RoleRules.Roles r = RoleRules.at(ps, at.head(), at.trigger().verb(), actors);
        out.add(ps.token(at.head()).word() + ": actor1 " + (r.actor1 == null ? "-" : r.actor1.name() + " by " + r.actor1Rule)
            + "; actor2 " + (r.actor2 == null ? "-" : r.actor2.name() + " by " + r.actor2Rule));
      }
    }
    return out;
  }

  /** A lexicon trigger matched in a sentence, and the token that heads it. */
  private record TriggerAt(int head, EventLexicon.Trigger trigger) {
  }

  /** The lexicon's triggers in a sentence, left to right, the first matching at a token winning its tokens. */
  private List<TriggerAt> triggersIn(ParsedSentence ps) {
    List<TriggerAt> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      for (EventLexicon.Trigger t : lexicon.triggersStartingWith(ps.lemma(i))) {
        if (matchesAt(ps, i, t)) {
          out.add(new TriggerAt(i + t.head(), t));
          i += t.lemmas().size() - 1; // a multi-word trigger's other words start no trigger
          break;
        }
      }
    }
    return out;
  }

  private List<Draft> codeSentence(ParsedSentence ps, AnnotatedArticle input) {
    List<Draft> found = new ArrayList<>();
    for (TriggerAt at : triggersIn(ps)) {
      Draft d = codeTrigger(ps, at.head(), at.trigger(), input);
      if (d != null) {
        found.add(d);
      }
    }
    mergeLinkedTriggers(ps, found);
    return found;
  }

  private static boolean matchesAt(ParsedSentence ps, int i, EventLexicon.Trigger t) {
    if (i + t.lemmas().size() > ps.size()) {
      return false;
    }
    for (int k = 0; k < t.lemmas().size(); k++) {
      String lemma = ps.lemma(i + k);
      String word = ps.token(i + k).word().toLowerCase(java.util.Locale.ROOT);
      if (!lemma.equals(t.lemmas().get(k)) && !word.equals(t.lemmas().get(k))) {
        return false;
      }
    }
    String tag = ps.tag(i + t.head());
    return t.verb() ? tag.startsWith("VB") : tag.startsWith("NN");
  }

  private Draft codeTrigger(ParsedSentence ps, int head, EventLexicon.Trigger t, AnnotatedArticle input) {
    if (TriggerVetoes.firstVeto(new TriggerVetoes.Site(ps, head, t, input)).isPresent()) {
      return null;
    }
    EventLexicon.Definition definition = t.definition();
    if (t.definition().family().equals("explosion") && Modality.failedAttempt(ps, head) && lexicon.has(DISRUPTED)) {
      definition = lexicon.definition(DISRUPTED); // "tried to blow up", "failed to detonate": a bomb that did not go off
    } else if (Modality.isNegatedOrIrrealis(ps, head)) {
      return null;
    }
    List<ActorMention> actors = mentionsIn(input.actors(), ps);
    RoleRules.Roles roles = RoleRules.at(ps, head, t.verb(), actors);
    if (t.requiresOf() && !roles.hasOfArgument) {
      return null;
    }
    if (Modality.isGeneric(ps, head, t.verb())) {
      return null;
    }
    Draft d = new Draft();
    d.sentence = ps;
    d.definition = definition;
    if (t.verb() && !t.definition().placeObject().isEmpty() && objectIsPlace(ps, head, input.places())) {
      d.definition = lexicon.definition(t.definition().placeObject());
    }
    d.triggerToken = head;
    d.triggerStart = ps.token(head).beginPosition();
    d.trigger = ps.token(head).word();
    d.actor1 = roles.actor1;
    d.actor2 = roles.actor2;
    d.anaphoric = !t.verb() && roles.ownArguments == 0 && !roles.hasOfArgument && Modality.isDefinite(ps, head);
    Map<Integer, Integer> distances = ps.distancesFrom(head);
    d.date = EventDates.dateOf(ps, head, distances, input.article().published());
    EventDate before = EventDates.dateBefore(ps, head, input.article().published());
    if (before != null) {
      d.date = before;
    }
    d.place = EventPlaces.placeIn(ps, head, distances, input);
    d.counts = CasualtyCounts.of(ps, head, definition);
    d.attribution = Attribution.attributionOf(ps, head);
    return d;
  }

  private static List<ActorMention> mentionsIn(List<ActorMention> all, ParsedSentence ps) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : all) {
      if (m.start() >= ps.begin() && m.end() <= ps.end()) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean objectIsPlace(ParsedSentence ps, int head, List<PlaceMention> places) {
    for (ParsedSentence.Arc a : ps.children(head)) {
      if (a.relation().equals("obj") || a.relation().startsWith("nsubj:pass")) {
        int begin = ps.token(a.token()).beginPosition();
        for (PlaceMention p : places) {
          if (p.locative() && p.start() <= begin && begin < p.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }





















  /**
   * Triggers joined in the parse tell one event: "killed in a U.S. raid", "ambushed a convoy, killing
   * four soldiers", "a roadside bomb killed two fighters". The dependent's facts fill in the head's,
   * and the kind of attack wins over the bare "kill", which only tells its outcome.
   */
  private static void mergeLinkedTriggers(ParsedSentence ps, List<Draft> found) {
    boolean merged = true;
    while (merged) {
      merged = false;
      for (Draft dependent : found) {
        ParsedSentence.Arc up = ps.parent(dependent.triggerToken);
        Draft head = up == null ? null : found.stream().filter(d -> d.triggerToken == up.token()).findFirst().orElse(null);
        if (head == null || head == dependent) {
          continue;
        }
        boolean headIsOutcome = FATAL_VERBS.contains(ps.lemma(head.triggerToken))
            && !FATAL_VERBS.contains(ps.lemma(dependent.triggerToken));
        if (up.relation().startsWith("conj") && head.definition != dependent.definition
            && !FATAL_VERBS.contains(ps.lemma(head.triggerToken)) && !FATAL_VERBS.contains(ps.lemma(dependent.triggerToken))) {
          continue; // "shelling and then airstrikes": two kinds of attack, two events
        }
        Draft survivor = headIsOutcome ? dependent : head;
        Draft absorbed = headIsOutcome ? head : dependent;
        survivor.actor1 = firstNonNull(survivor.actor1, absorbed.actor1);
        survivor.actor2 = firstNonNull(survivor.actor2, absorbed.actor2);
        survivor.date = firstNonNull(survivor.date, absorbed.date);
        if (survivor.place == null || absorbed.place != null
            && absorbed.place.place().precision().ordinal() < survivor.place.place().precision().ordinal()) {
          survivor.place = firstNonNull(absorbed.place, survivor.place);
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

  // ---- within the article -----------------------------------------------------------------------

  /**
   * "The raid" or "Wednesday's raid" with no actor of its own, shortly after an event of the same family,
   * is that event told again: it adds what the first telling lacked (often the date) instead of
   * counting twice.
   */
  private static boolean joinAntecedent(Draft d, List<Draft> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Draft a = earlier.get(i);
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
        a.place = firstNonNull(d.place, a.place);
      }
      a.actor1 = firstNonNull(a.actor1, d.actor1);
      a.actor2 = firstNonNull(a.actor2, d.actor2);
      a.counts = a.counts.max(d.counts);
      return true;
    }
    return false;
  }

  private static boolean sameFacts(Event a, Event b) {
    return a.type().equals(b.type()) && a.date().equals(b.date()) && java.util.Objects.equals(a.actor1(), b.actor1())
        && java.util.Objects.equals(a.actor2(), b.actor2()) && java.util.Objects.equals(a.place(), b.place());
  }

  private Event toEvent(Draft d, Article article) {
    String country = d.place == null ? null : d.place.place().country();
    d.actor2 = inCountry(d.actor2, country);
    d.actor1 = attacker(inCountry(d.actor1, country), d.actor2);
    ActorType t1 = d.actor1 == null ? null : d.actor1.type();
    ActorType t2 = d.actor2 == null ? null : d.actor2.type();
    ParsedSentence ps = d.sentence;
    String sentence = article.body().substring(ps.begin(), ps.end());
    Evidence ev = new Evidence(sentence, ps.begin(), ps.end(), d.trigger, d.triggerStart, d.attribution);
    return new Event(eventId(article.id(), d.triggerStart), article.id(), d.definition.codeFor(t1, t2), d.date,
        d.actor1, d.actor2, d.place == null ? null : d.place.place(), d.counts.killed().value(), ev, d.counts);
  }

  /**
   * A force whose country the text left open ("police") as the force of the event's country, named as
   * the registry names it where it does; null if the event has no country. Other actors as they are.
   */
  private Actor inCountry(Actor actor, String country) {
    if (actor == null || !actor.countryOpen()) {
      return actor;
    }
    if (country == null || country.isEmpty()) {
      return null;
    }
    Actor named = actor.ofCountry(country); // "police" in a Jordanian town are Jordan's police
    return knownActor.apply(named.name()).orElse(named);
  }

  /**
   * The first actor, unless it cannot be the one who acted: civilians ("a man opened fire": whoever
   * attacks is armed, and ACLED never codes civilians as attackers) or the victim itself ("a soldier
   * killed by a bomb").
   */
  private static Actor attacker(Actor actor1, Actor actor2) {
    return actor1 == null || actor1.type() == ActorType.CIVILIANS || actor1.equals(actor2) ? null : actor1;
  }

  static String eventId(String articleId, int triggerStart) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest((articleId + ":" + triggerStart).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}
