package org.sitrep.coding;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Counts;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.nlp.ActorMention;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.stage.Layer;
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
 * through {@link Clauses}; {@link TriggerVetoes} says where a word of the lexicon reports no event, and
 * {@link Retellings} joins the tellings of one event.
 */
public final class EventCoder implements Stage<AnnotatedArticle, CodedArticle> {
  private static final String DISRUPTED = "disrupted_weapons_use";
  /** How long before publication an event may lie and still be news; older ones are history in passing. */
  private static final int HISTORY_DAYS = 366;
  /** How far before publication an event may lie and still be the story's news, not its background. */
  private static final int FOCUS_DAYS = 31;

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
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NLP, Layer.ACTORS, Layer.PLACES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
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
        if (d.anaphoric && Retellings.joinAntecedent(d, events)) {
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
      if (Retellings.toldAsAnotherIncident(e) || out.stream().noneMatch(o -> Retellings.sameFacts(o, e))) {
        out.add(e);
        if (d.placeInferred) {
          inferredPlaces.add(e.id());
        }
      }
    }
    return new CodedArticle(article, Retellings.merged(out, inferredPlaces));
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
    Retellings.mergeLinkedTriggers(ps, found);
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

  // ---- to an event -----------------------------------------------------------------------------

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
  static Actor attacker(Actor actor1, Actor actor2) {
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

  static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }
}
