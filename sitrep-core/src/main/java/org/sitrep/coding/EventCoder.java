package org.sitrep.coding;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.sitrep.pipeline.Stage;

/**
 * Codes events from an annotated article: finds lexicon triggers, keeps those that report something
 * that happened, fills in who did it to whom, when and where from the dependency parse, and joins
 * mentions of one event within the article ("... capturing a leader." "Wednesday's raid ...").
 *
 * <p>What is not coded, because PETRARCH-style coders lose analysts' trust on exactly these: negated
 * or denied actions ("did not attack"), modal, planned or threatened ones ("vowed to attack", "could
 * strike"), and generic statements (a bare plural, "attacks have been increasingly lethal").
 */
public final class EventCoder implements Stage<AnnotatedArticle, CodedArticle> {
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
  /** Subjects that deny the event happened to anyone. */
  private static final Set<String> NOBODY = Set.of("nobody", "none", "noone");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "can", "should",
      "must", "shall", "'ll");
  /** Governors under which an action is intended, feared or denied, not reported as done. */
  private static final Set<String> IRREALIS = Set.of("vow", "threaten", "plan", "intend", "want", "seek", "try",
      "attempt", "prepare", "pledge", "promise", "deny", "refuse", "fail", "warn", "hope", "aim", "expect",
      "fear", "foil", "thwart", "prevent", "avert", "call", "urge", "order", "consider", "dismiss", "reject",
      "refute", "disprove", "plot", "conspire", "accuse", "encourage", "incite", "instruct", "ask", "persuade");
  /** Verbs that report speech: a date attached to them is when something was said, not done. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "hail", "announce", "report", "claim",
      "state", "add", "confirm", "note", "accord", "comment", "share", "release", "publish", "issue", "tweet",
      "post", "write");
  private static final Set<String> FATAL_VERBS = CasualtyCounts.KILLING_VERBS;
  /** Verbs that hold, move or find a weapon: its noun under them names the weapon, not an explosion. */
  private static final Set<String> HANDLING = Set.of("contain", "carry", "plant", "place", "leave", "find",
      "discover", "hide", "store", "possess", "make", "build", "assemble", "smuggle", "transport", "seize",
      "confiscate", "have", "hold", "wear", "use");
  /** Conjunctions that open a clause telling another happening than its main clause's ("after", "as"). */
  private static final Set<String> CLAUSE_LINKS = Set.of("after", "before", "since", "as", "while", "when",
      "because", "until", "although", "though");
  /** Number words that count a plural ("hundreds of", "dozens of"); "a series of" and "a spate of" do not. */
  private static final Set<String> COUNT_WORDS = Set.of("hundred", "dozen", "thousand", "score", "million", "ten");
  /** Units of time whose plural before "of" makes a campaign of what follows ("weeks of bombing"). */
  private static final Set<String> TIME_UNITS = Set.of("hour", "day", "week", "month", "year", "decade", "night");
  /** "came after days of protests ... in Aleppo": a phrase placing the event in time after another. */
  private static final Set<String> TEMPORAL_PHRASES = Set.of("obl:after", "obl:before", "obl:since", "nmod:after",
      "nmod:before", "nmod:since", "obl:following", "obl:amid", "nmod:amid");
  /** Types whose words name violence without its kind ("the attack", "the killing"): they may retell any violence. */
  private static final Set<String> GENERIC_KEYS = Set.of("armed_clash", "killing");
  /** Auxiliaries of the present perfect, and of the perfect in any tense. */
  private static final Set<String> PRESENT_PERFECT = Set.of("have", "has");
  private static final Set<String> PERFECT = Set.of("have", "has", "had");
  /** Buildings whose raid is a search by the authorities, not an armed clash. */
  private static final Set<String> PREMISES = Set.of("house", "home", "apartment", "flat", "office", "premises",
      "residence", "property", "homes", "houses", "offices");
  /** Nouns for a campaign of many events, whose toll to date is no single event. */
  private static final Set<String> CAMPAIGNS = Set.of("offensive", "campaign", "war", "conflict", "violence",
      "fighting", "siege", "bombardment", "insurgency", "crackdown", "operation", "operations", "bombing");
  /** Verbs whose subject looks at, judges or suffers an event, not carries it out ("police probed the blast"). */
  private static final Set<String> BYSTANDING = Set.of("probe", "investigate", "inspect", "examine", "condemn",
      "denounce", "blame", "mourn", "witness", "survive", "see", "watch", "film", "fear", "describe", "remember",
      "recall", "discuss", "study", "analyse", "analyze", "cover", "criticise", "criticize", "welcome", "praise");
  private static final int ANAPHORA_WINDOW_SENTENCES = 3;
  /** Governors under which a bombing was tried and did not happen: ACLED's disrupted weapons use. */
  private static final Set<String> FAILED_ATTEMPT = Set.of("try", "attempt", "fail", "foil", "thwart", "prevent",
      "avert");
  private static final String DISRUPTED = "disrupted_weapons_use";
  private static final java.util.regex.Pattern ISO_PERIOD = java.util.regex.Pattern.compile("P(\\d+)([DWMY])");
  /** Phrases that date an event one day before the day the sentence speaks of. */
  private static final java.util.regex.Pattern DAY_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(the\\s+)?(day|night)\\s+before|the\\s+previous\\s+(day|night)|a\\s+day\\s+earlier|the\\s+day\\s+earlier");
  /** SUTime durations of a year or more: P4Y, P40Y (four decades), P1E (a decade), PXY ("years"). */
  private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("P(\\d+|X)[YEC].*");
  /** What follows a dateline's place: an optional state or agency, then a dash ("BEIRUT —", "Kabul (AP) -"). */
  private static final java.util.regex.Pattern DATELINE_END = java.util.regex.Pattern.compile(
      "(,\\s*[\\p{L} .]{2,30})?\\s*(\\([^)]{1,30}\\))?\\s*[-\u2013\u2014:]");
  /** Objects that make a violent verb a policy or a metaphor ("fight corruption"); so do "-isms". */
  private static final Set<String> ABSTRACT_OBJECTS = Set.of("corruption", "crime", "poverty", "disease", "virus",
      "pandemic", "inflation", "unemployment", "wildfire", "drought", "hunger", "impunity", "disinformation",
      "propaganda", "radicalisation", "radicalization", "battle", "war", "case", "charge", "charges", "decision",
      "ruling", "law", "bill", "policy", "plan", "proposal", "election", "result", "results", "strength", "power",
      "momentum", "ground", "footing", "confidence", "support", "influence", "popularity");
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
  private static final Set<String> GEOGRAPHIC_HEADS = Set.of("countryside", "province", "governorate", "district",
      "area", "outskirts", "region", "desert", "valley", "city", "town", "village", "suburb", "border", "camp",
      "neighborhood", "neighbourhood", "vicinity", "environs");

  private final EventLexicon lexicon;
  private final java.util.function.Function<String, java.util.Optional<Actor>> knownActor;

  public EventCoder(EventLexicon lexicon) {
    this(lexicon, name -> java.util.Optional.empty());
  }

  /**
   * @param knownActor the registry's actor by name or alias, so that "police" in a Syrian town become
   *                   the registry's actor for "Police Forces of Syria" where it has one
   */
  public EventCoder(EventLexicon lexicon, java.util.function.Function<String, java.util.Optional<Actor>> knownActor) {
    this.lexicon = lexicon;
    this.knownActor = knownActor;
  }

  /** An event mention while the article is being coded; becomes an immutable {@link Event}. */
  private static final class Draft {
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
    Map<String, PlaceMention> focusByCountry = focusPlaces(input);
    Draft previous = null;
    for (Draft d : events) {
      if (d.date == null) {
        // Nothing in the text dates it: say so, at week precision, rather than pass the publication
        // date off as the event's.
        d.date = weekBefore(article.published());
      }
      if (d.place == null) {
        d.place = placeFromContext(d, input, previous);
      } else if (d.place.place().precision() == GeoPrecision.COUNTRY && previous != null
          && previous.sentenceIndex == d.sentenceIndex && previous.place.place().country().equals(d.place.place().country())
          && org.sitrep.merge.EventMatcher.datesOverlap(d.date, previous.date)) {
        d.place = previous.place; // "Turkey has ... bombings in Istanbul that killed 44": the sentence's own place
      }
      if (d.place != null) {
        previous = d;
      }
      if (d.place != null && d.place.place().precision() == GeoPrecision.COUNTRY
          && !lastDay(d.date).isBefore(article.published().minusDays(FOCUS_DAYS))) {
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
      if (d.place == null) {
        continue; // nowhere at all, not even a country: ACLED codes no event it cannot place
      }
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
    // Every event here has a place. One inferred from the story's focus stands for no more than the
    // country the text gave.
    boolean placesAgree = org.sitrep.merge.EventMatcher.placesAgree(a.place(), b.place())
        || (inferred.contains(a.id()) || inferred.contains(b.id())) && a.place().country().equals(b.place().country())
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
    Place place = laterPlaceStated || later.place().precision().ordinal() < first.place().precision().ordinal()
        ? later.place() : first.place();
    EventDate date = later.date().precision().ordinal() < first.date().precision().ordinal() ? later.date() : first.date();
    Counts counts = first.counts().max(later.counts());
    Actor actor2 = firstNonNull(first.actor2(), later.actor2());
    Actor actor1 = attacker(firstNonNull(first.actor1(), later.actor1()), actor2);
    return new Event(first.id(), first.articleId(), specific.type(), date, actor1, actor2, place,
        counts.killed().value(), first.evidence(), counts);
  }

  // ---- one sentence -----------------------------------------------------------------------------

  private List<Draft> codeSentence(ParsedSentence ps, AnnotatedArticle input) {
    List<Draft> found = new ArrayList<>();
    boolean[] used = new boolean[ps.size()];
    for (int i = 0; i < ps.size(); i++) {
      if (used[i]) {
        continue;
      }
      for (EventLexicon.Trigger t : lexicon.triggersStartingWith(ps.lemma(i))) {
        if (!matchesAt(ps, i, t)) {
          continue;
        }
        int head = i + t.head();
        for (int k = i; k < i + t.lemmas().size(); k++) {
          used[k] = true;
        }
        Draft d = codeTrigger(ps, head, t, input);
        if (d != null) {
          found.add(d);
        }
        break;
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
    ParsedSentence.Arc up = ps.parent(head);
    String upRel = up == null ? "root" : up.relation();
    boolean governorIsADate = up != null && "DATE".equals(ps.token(up.token()).ner());
    if (!t.verb() && (upRel.equals("compound") || upRel.startsWith("amod")) && !governorIsADate) {
      return null; // "raid site", "attack helicopter": the trigger only modifies another noun
    }
    if (t.verb() && (ps.tag(head).equals("VBN") || ps.tag(head).equals("VBG")) && upRel.startsWith("amod")) {
      return null; // "the captured leader", "the attacking forces": a description, not a report
    }
    if (!t.verb() && upRel.startsWith("conj") && modifierOfANoun(ps, up.token())) {
      return null; // "gun, bomb and machete attacks": a conjunct of a noun's modifier modifies it too
    }
    if (t.verb() && ps.tag(head).equals("VBG") && upRel.equals("acl") && !FATAL_VERBS.contains(ps.lemma(head))
        && !ps.hasChild(head, "aux")) {
      return null; // "rebel groups fighting to topple Assad": who they are, not what they did
    }
    if (t.verb() && (ps.tag(head).equals("VBP") || ps.tag(head).equals("VBZ")) && dateOf(ps, head,
        ps.distancesFrom(head), input.article().published()) == null) {
      return null; // "even while we fight", "they attack at night": the simple present tells a habit, not news
    }
    if (!t.verb() && (ps.hasChild(head, "nmod:for") || cumulative(ps, head))) {
      return null; // "the battle for Aleppo" is a campaign; "the offensive has killed 1,600" a running toll
    }
    if (!t.verb() && t.definition().family().equals("explosion") && up != null && up.relation().equals("obj")
        && HANDLING.contains(ps.lemma(up.token()))) {
      return null; // "a backpack containing a nail bomb", "planted a bomb": a weapon, not yet an explosion
    }
    if (t.verb() && ps.children(head).stream().anyMatch(a -> a.relation().equals("nsubj")
        && CAMPAIGNS.contains(ps.lemma(a.token()))) && hasAux(ps, head, PRESENT_PERFECT)) {
      return null; // "the offensive has killed more than 1,600": a campaign's toll to date, not one event
    }
    if (t.verb() && t.definition().key().equals("raid") && !ps.hasChild(head, "obl:agent") && ps.children(head).stream()
        .anyMatch(a -> a.relation().startsWith("nsubj:pass") && PREMISES.contains(ps.lemma(a.token())))) {
      return null; // "his house was raided", by no one named: a search, told by the arrest or find it led to
    }
    if (!t.verb() && up != null && upRel.startsWith("nmod:of") && TIME_UNITS.contains(ps.lemma(up.token()))
        && ps.tag(up.token()).equals("NNS")) {
      return null; // "after weeks of bombing", "days of protests": a campaign's length, not one event
    }
    if (t.verb() && ps.hasChild(head, "obl:since") && hasAux(ps, head, PERFECT)) {
      return null; // "the coalition that has fought IS since 2014": a campaign told to date, not one event
    }
    if (spansYears(ps, head)) {
      return null; // "killed 800 people over four decades": a history, not an event
    }
    EventLexicon.Definition definition = t.definition();
    if (t.definition().family().equals("explosion") && failedAttempt(ps, head) && lexicon.has(DISRUPTED)) {
      definition = lexicon.definition(DISRUPTED); // "tried to blow up", "failed to detonate": a bomb that did not go off
    } else if (isNegatedOrIrrealis(ps, head)) {
      return null;
    }
    List<ActorMention> actors = mentionsIn(input.actors(), ps);
    Roles roles = t.verb() ? verbRoles(ps, head, actors) : nounRoles(ps, head, actors);
    if (t.requiresOf() && !roles.hasOfArgument) {
      return null;
    }
    if (isGeneric(ps, head, t.verb())) {
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
    d.anaphoric = !t.verb() && roles.ownArguments == 0 && !roles.hasOfArgument && isDefinite(ps, head);
    if (d.actor1 == null) {
      d.actor1 = actorFromGovernors(ps, head, actors, d.actor2);
    }
    Map<Integer, Integer> distances = ps.distancesFrom(head);
    d.date = dateOf(ps, head, distances, input.article().published());
    EventDate before = dateBefore(ps, head, input.article().published());
    if (before != null) {
      d.date = before;
    }
    d.place = placeIn(ps, head, distances, input);
    d.counts = CasualtyCounts.of(ps, head, definition);
    d.attribution = attributionOf(ps, head);
    return d;
  }

  private static boolean isNegatedOrIrrealis(ParsedSentence ps, int head) {
    int node = head;
    for (int level = 0; level < 4 && node >= 0; level++) {
      for (ParsedSentence.Arc a : ps.children(node)) {
        String lemma = ps.lemma(a.token());
        if ((a.relation().startsWith("advmod") || a.relation().equals("neg") || a.relation().equals("det"))
            && NEGATORS.contains(lemma)) {
          return true;
        }
        if (a.relation().startsWith("aux") && MODALS.contains(lemma)) {
          return true;
        }
        if (a.relation().startsWith("nsubj") && (NOBODY.contains(lemma) || ps.children(a.token()).stream()
            .anyMatch(c -> c.relation().equals("det") && NEGATORS.contains(ps.lemma(c.token()))))) {
          return true; // "No one was killed", "nobody was hurt", "no soldiers died"
        }
      }
      ParsedSentence.Arc up = ps.parent(node);
      if (up == null) {
        break;
      }
      if (level < 3 && IRREALIS.contains(ps.lemma(up.token()))) {
        return true;
      }
      // Negation and modality scope over xcomp/ccomp complements and over a noun's governing verb.
      String rel = up.relation();
      if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("obj") || rel.startsWith("nsubj")
          || rel.startsWith("obl") || rel.startsWith("conj"))) {
        break;
      }
      node = up.token();
    }
    return false;
  }

  // ---- who says so -------------------------------------------------------------------------------

  /**
   * The claim a sentence reports its event under: a reporting verb that governs the event's clause
   * ("a source close to the SDF told VOA that ...", "IS claimed responsibility for the attack") or
   * stands beside it ("..., officials said"), as its subject, the verb and its addressee; or an
   * "according to" phrase ("according to the SDF"). Empty when the reporter tells the event as fact.
   */
  private static String attributionOf(ParsedSentence ps, int head) {
    int clause = head;
    for (int level = 0; level < 6; level++) {
      String beside = reporterBeside(ps, clause);
      if (beside != null) {
        return beside;
      }
      ParsedSentence.Arc up = ps.parent(clause);
      if (up == null) {
        break;
      }
      if (REPORTING.contains(ps.lemma(up.token())) && ps.tag(up.token()).startsWith("VB")) {
        return claim(ps, up.token(), clause);
      }
      clause = up.token();
    }
    for (int i = 0; i + 1 < ps.size(); i++) {
      if (ps.token(i).word().equalsIgnoreCase("according") && ps.token(i + 1).word().equalsIgnoreCase("to")) {
        ParsedSentence.Arc up = ps.parent(i);
        int phrase = up == null ? -1 : up.token();
        return phrase < 0 ? "" : "according to " + span(ps, subtreeWithout(ps, phrase, i));
      }
    }
    return "";
  }

  /** "Militants attacked the post, officials said": a reporting verb hung beside the clause. */
  private static String reporterBeside(ParsedSentence ps, int clause) {
    for (ParsedSentence.Arc a : ps.children(clause)) {
      if ((a.relation().equals("parataxis") || a.relation().startsWith("advcl")) && REPORTING.contains(ps.lemma(a.token()))
          && ps.hasChild(a.token(), "nsubj")) {
        return claim(ps, a.token(), clause);
      }
    }
    return null;
  }

  /** The reporting verb's subject, the verb and its addressee or object, leaving out the reported clause. */
  private static String claim(ParsedSentence ps, int verb, int reported) {
    java.util.TreeSet<Integer> tokens = new java.util.TreeSet<>();
    tokens.add(verb);
    for (ParsedSentence.Arc a : ps.children(verb)) {
      if (a.relation().startsWith("nsubj") || a.relation().equals("iobj")
          || a.relation().equals("obj") && !ps.subtree(a.token()).containsKey(reported)) {
        tokens.addAll(ps.subtree(a.token()).keySet());
      }
    }
    return span(ps, tokens);
  }

  private static java.util.Set<Integer> subtreeWithout(ParsedSentence ps, int top, int without) {
    java.util.Set<Integer> all = new java.util.TreeSet<>(ps.subtree(top).keySet());
    all.removeAll(ps.subtree(without).keySet());
    all.remove(without + 1); // the "to" of "according to"
    return all;
  }

  /** The text from the first to the last of some tokens. */
  private static String span(ParsedSentence ps, java.util.Collection<Integer> tokens) {
    if (tokens.isEmpty()) {
      return "";
    }
    int first = java.util.Collections.min(tokens);
    int last = java.util.Collections.max(tokens);
    String text = ps.sentence().text();
    int from = ps.token(first).beginPosition() - ps.begin();
    int to = ps.token(last).endPosition() - ps.begin();
    return from < 0 || to > text.length() || from >= to ? "" : text.substring(from, to).replaceAll("\\s+", " ");
  }

  /** The explosion was attempted and failed or was stopped: "tried to blow up", "failed to detonate". */
  private static boolean failedAttempt(ParsedSentence ps, int head) {
    if (head >= 2 && ps.lemma(head - 1).equals("to") && FAILED_ATTEMPT.contains(ps.lemma(head - 2))) {
      return true; // "a rucksack which failed to detonate": read off the words where the parse goes astray
    }
    int node = head;
    for (int level = 0; level < 2; level++) {
      ParsedSentence.Arc up = ps.parent(node);
      if (up == null || !(up.relation().startsWith("xcomp") || up.relation().startsWith("obj"))) {
        return false;
      }
      if (FAILED_ATTEMPT.contains(ps.lemma(up.token()))) {
        return true;
      }
      node = up.token();
    }
    return false;
  }

  /**
   * A plural noun trigger with no number ("attacks have involved IEDs") or a verb whose object is a
   * bare plural ("attacking even towns") speaks of a pattern, not of one event.
   */
  private static boolean isGeneric(ParsedSentence ps, int head, boolean verb) {
    if (!verb) {
      return ps.tag(head).equals("NNS") && !ps.hasChild(head, "nummod") && !counted(ps, head)
          && !dated(ps, head) && !toldAsHappening(ps, head);
    }
    for (ParsedSentence.Arc a : ps.children(head)) {
      boolean object = a.relation().equals("obj") || a.relation().equals("dep") && ps.tag(a.token()).startsWith("NN");
      if (object && (ABSTRACT_OBJECTS.contains(ps.lemma(a.token())) || ps.lemma(a.token()).endsWith("ism"))) {
        return true; // "fight terrorism", "combat extremism": a policy, not a clash
      }
    }
    if (dated(ps, head) || ps.children(head).stream().anyMatch(a -> a.relation().startsWith("obl")
        && "DATE".equals(ps.token(a.token()).ner()))) {
      return false; // "shelled villages near Idlib on Tuesday": a dated action is one event
    }
    for (ParsedSentence.Arc a : ps.children(head)) {
      if (a.relation().equals("obj") && ps.tag(a.token()).equals("NNS")) {
        boolean determined = ps.children(a.token()).stream().anyMatch(c -> c.relation().equals("det")
            || c.relation().equals("nummod") || c.relation().startsWith("nmod:poss"));
        if (!determined) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a noun modifies another noun (compound or adjective), directly or as a conjunct of one that does. */
  private static boolean modifierOfANoun(ParsedSentence ps, int token) {
    ParsedSentence.Arc up = aboveConjuncts(ps, token);
    return up != null && (up.relation().equals("compound") || up.relation().startsWith("amod"))
        && ps.tag(up.token()).startsWith("NN");
  }

  /**
   * The arc above a token's chain of conjuncts: a conjunct stands where the first one does ("shelling
   * and then airstrikes", "gun, bomb and machete attacks").
   */
  private static ParsedSentence.Arc aboveConjuncts(ParsedSentence ps, int token) {
    ParsedSentence.Arc up = ps.parent(token);
    for (int steps = 0; up != null && up.relation().startsWith("conj") && steps < 8; steps++) {
      up = ps.parent(up.token());
    }
    return up;
  }

  /** A noun trigger that is the subject of a present perfect ("the offensive has killed"): a toll to date. */
  private static boolean cumulative(ParsedSentence ps, int head) {
    ParsedSentence.Arc up = ps.parent(head);
    return up != null && up.relation().equals("nsubj") && ps.tag(up.token()).equals("VBN")
        && hasAux(ps, up.token(), PRESENT_PERFECT);
  }

  /** Whether a verb has one of the given auxiliaries ("has killed", "had fought"). */
  private static boolean hasAux(ParsedSentence ps, int verb, Set<String> words) {
    return ps.children(verb).stream().anyMatch(a -> a.relation().equals("aux")
        && words.contains(ps.token(a.token()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** A duration of a year or more in the trigger's own clause ("over four decades", "for years"). */
  private static boolean spansYears(ParsedSentence ps, int head) {
    Map<Integer, Integer> dist = ps.distancesFrom(head);
    for (CoreEntityMention em : ps.sentence().entityMentions()) {
      if (!em.entityType().equals("DURATION") && !em.entityType().equals("DATE")) {
        continue; // SUTime tags "over four decades" a DATE, with a duration for its value
      }
      String iso = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      java.util.regex.Matcher m = iso == null ? null : YEARS.matcher(iso);
      boolean near = em.tokens().stream().anyMatch(t -> dist.getOrDefault(ps.tokens().indexOf(t), 99) <= 3);
      if (m != null && m.matches() && near) {
        return true;
      }
    }
    return false;
  }

  /** "Hundreds of demonstrators": a plural counted by a number word is that many people, not a habit. */
  private static boolean counted(ParsedSentence ps, int head) {
    return ps.children(head).stream().anyMatch(a -> a.relation().equals("det:qmod")
        && COUNT_WORDS.contains(ps.lemma(a.token())));
  }

  /**
   * "Airstrikes hit the town", "military operations were continuing", "violence erupted: shelling and
   * then airstrikes": a plural that is the subject (or the gloss) of a verb in the past or the
   * progressive tells what happened then, not a pattern.
   */
  private static boolean toldAsHappening(ParsedSentence ps, int head) {
    ParsedSentence.Arc up = aboveConjuncts(ps, head);
    if (up == null || !(up.relation().equals("nsubj") || up.relation().equals("dep") || up.relation().equals("appos")
        || up.relation().equals("parataxis"))) {
      return false;
    }
    int verb = up.token();
    return ps.tag(verb).equals("VBD") || ps.tag(verb).equals("VBG") && ps.children(verb).stream()
        .anyMatch(a -> a.relation().equals("aux") && ps.lemma(a.token()).equals("be"));
  }

  /** "the Dec. 10 bombings": a plural with its own date names particular events, not a pattern. */
  private static boolean dated(ParsedSentence ps, int head) {
    ParsedSentence.Arc up = ps.parent(head);
    if (up != null && "DATE".equals(ps.token(up.token()).ner())) {
      return true; // the parser may hang the noun below its date ("for Dec. 10 bombings")
    }
    for (ParsedSentence.Arc a : ps.children(head)) {
      if ((a.relation().equals("compound") || a.relation().startsWith("nmod:tmod") || a.relation().equals("amod"))
          && "DATE".equals(ps.token(a.token()).ner())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDefinite(ParsedSentence ps, int head) {
    for (ParsedSentence.Arc a : ps.children(head)) {
      if (a.relation().equals("det") && Set.of("the", "this", "that").contains(ps.lemma(a.token()))) {
        return true;
      }
      if (a.relation().equals("nmod:poss")) {
        return true; // "Wednesday's raid", "the group's attack"
      }
    }
    return false;
  }

  // ---- roles ------------------------------------------------------------------------------------

  private static final class Roles {
    Actor actor1;
    Actor actor2;
    int ownArguments;
    boolean hasOfArgument;
  }

  private Roles verbRoles(ParsedSentence ps, int head, List<ActorMention> actors) {
    Roles r = new Roles();
    boolean passive = ps.children(head).stream()
        .anyMatch(a -> a.relation().startsWith("nsubj:pass") || a.relation().startsWith("aux:pass"));
    for (ParsedSentence.Arc a : ps.children(head)) {
      String rel = a.relation();
      if (passive) {
        if (rel.equals("obl:agent") || rel.equals("obl:by")) {
          r.actor1 = firstNonNull(r.actor1, actorBelow(ps, a.token(), actors, null));
        } else if (rel.startsWith("nsubj:pass")) {
          r.actor2 = firstNonNull(r.actor2, actorBelow(ps, a.token(), actors, null));
        }
      } else if (rel.equals("nsubj")) {
        r.actor1 = firstNonNull(r.actor1, actorBelow(ps, a.token(), actors, null));
      } else if (rel.equals("obj") || rel.equals("obl:against") || rel.equals("obl:on")) {
        r.actor2 = firstNonNull(r.actor2, actorBelow(ps, a.token(), actors, r.actor1));
      }
    }
    if (r.actor1 == null && !passive) {
      // "forces hit back ..., capturing a leader": a participle's subject is its head clause's subject
      ParsedSentence.Arc up = ps.parent(head);
      if (up != null && (up.relation().startsWith("advcl") || up.relation().startsWith("conj")
          || up.relation().startsWith("xcomp"))) {
        for (ParsedSentence.Arc a : ps.children(up.token())) {
          if (a.relation().equals("nsubj")) {
            r.actor1 = actorBelow(ps, a.token(), actors, r.actor2);
          }
        }
      }
    }
    r.ownArguments = (r.actor1 == null ? 0 : 1) + (r.actor2 == null ? 0 : 1);
    return r;
  }

  private Roles nounRoles(ParsedSentence ps, int head, List<ActorMention> actors) {
    Roles r = new Roles();
    for (ParsedSentence.Arc a : ps.children(head)) {
      String rel = a.relation();
      if (rel.equals("nmod:poss") || rel.equals("compound") || rel.startsWith("amod") || rel.equals("nmod:by")
          || rel.equals("nmod:agent")) {
        r.actor1 = firstNonNull(r.actor1, actorBelow(ps, a.token(), actors, null));
      } else if (rel.equals("nmod:of") || rel.equals("acl:of") || rel.equals("nmod:against")
          || rel.equals("nmod:on") || rel.equals("nmod:targeting") || rel.equals("nmod:with")) { // "a shootout with police"
        r.hasOfArgument |= rel.endsWith(":of");
        r.actor2 = firstNonNull(r.actor2, actorBelow(ps, a.token(), actors, null));
      }
    }
    if (r.actor1 != null && r.actor1.equals(r.actor2)) {
      r.actor1 = null;
    }
    r.ownArguments = (r.actor1 == null ? 0 : 1) + (r.actor2 == null ? 0 : 1);
    return r;
  }

  /**
   * The actor of the clause an event noun sits in: "an SDF-led operation ... resulted in the arrest",
   * "coalition officials ... shared few details about Wednesday's raid". Climbs at most two heads.
   */
  private Actor actorFromGovernors(ParsedSentence ps, int head, List<ActorMention> actors, Actor notThis) {
    int node = head;
    for (int level = 0; level < 2; level++) {
      ParsedSentence.Arc up = ps.parent(node);
      if (up == null || up.relation().startsWith("nsubj") || BYSTANDING.contains(ps.lemma(up.token()))) {
        return null;
      }
      node = up.token();
      for (ParsedSentence.Arc a : ps.children(node)) {
        if (a.relation().equals("nsubj")) {
          Actor found = actorBelow(ps, a.token(), actors, notThis);
          if (found != null) {
            return found;
          }
        }
      }
      if (REPORTING.contains(ps.lemma(node)) || BYSTANDING.contains(ps.lemma(node))) {
        return null;
      }
    }
    return null;
  }

  /** The actor mentioned nearest the top of the subtree below a token. */
  private static Actor actorBelow(ParsedSentence ps, int token, List<ActorMention> actors, Actor notThis) {
    Map<Integer, Integer> depth = ps.subtree(token);
    Actor best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (ActorMention m : actors) {
      if (m.actor().equals(notThis)) {
        continue;
      }
      for (int t : ps.tokensIn(m.start(), m.end())) {
        Integer d = depth.get(t);
        if (d != null && d < bestDepth) {
          bestDepth = d;
          best = m.actor();
        }
      }
    }
    return best;
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
          if (p.start() <= begin && begin < p.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // ---- when -------------------------------------------------------------------------------------

  /** The DATE expression nearest the trigger in the parse, unless it dates an act of speech. */
  private static EventDate dateOf(ParsedSentence ps, int head, Map<Integer, Integer> dist, LocalDate published) {
    int clause = clauseOf(ps, head);
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
      if (gov != null && gov.token() != head && REPORTING.contains(ps.lemma(gov.token()))) {
        continue;
      }
      if (within(ps, List.of(anchor), clause) && inAnotherClause(ps, List.of(anchor), clause, head, false)) {
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
  private static EventDate dateBefore(ParsedSentence ps, int head, LocalDate published) {
    int clause = head;
    for (int level = 0; !hasMark(ps, clause, "after"); level++) {
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
  private static LocalDate otherDay(ParsedSentence ps, CoreEntityMention self, LocalDate published) {
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

  private static LocalDate lastDay(EventDate d) {
    return switch (d.precision()) {
      case DAY -> d.date();
      case WEEK -> d.date().plusDays(6);
      case MONTH -> d.date().withDayOfMonth(d.date().lengthOfMonth());
      case YEAR -> d.date().withDayOfYear(d.date().lengthOfYear());
    };
  }

  private static boolean hasMark(ParsedSentence ps, int token, String word) {
    return ps.children(token).stream().anyMatch(a -> (a.relation().equals("mark") || a.relation().equals("case"))
        && ps.token(a.token()).word().equalsIgnoreCase(word));
  }

  /** The duration SUTime read in a clause's own words ("a week", "two days"), as a period. */
  private static java.time.Period durationUnder(ParsedSentence ps, int clause) {
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

  // ---- where ------------------------------------------------------------------------------------

  /**
   * The most precise place of the event's own clause (the subtree of the trigger's nearest verb), and
   * among equally precise ones the nearest to the trigger in the parse. Failing that, a place elsewhere
   * in the sentence that is attached to a verb ("In Hajin, the SDF said it arrested..."), but not one
   * that belongs to another noun of another clause ("little disruption to IS activity in Iraq since a
   * U.S. operation killed..."). Places inside actor names are already excluded by the recognizer.
   */
  private static PlaceMention placeIn(ParsedSentence ps, int trigger, Map<Integer, Integer> dist,
                                      AnnotatedArticle input) {
    int clause = clauseOf(ps, trigger);
    PlaceMention inClause = null;
    PlaceMention onAVerb = null;
    int[] clauseBest = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] verbBest = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    for (PlaceMention p : input.places()) {
      if (p.start() < ps.begin() || p.end() > ps.end() || p.demonym() || modifiesANoun(ps, p) || origin(ps, p)
          || quoted(input.article().body(), ps.begin(), p) || dateline(input.article().body(), p)) {
        continue;
      }
      List<Integer> span = ps.tokensIn(p.start(), p.end());
      int rank = p.place().precision().ordinal();
      int d = Integer.MAX_VALUE - 1;
      for (int t : span) {
        d = Math.min(d, dist.getOrDefault(t, Integer.MAX_VALUE - 1));
      }
      if (within(ps, span, clause)) {
        if (!inAnotherClause(ps, span, clause, trigger, true) && better(rank, d, clauseBest)) {
          inClause = p;
        }
      } else if (governedByVerb(ps, span) && better(rank, d, verbBest)) {
        onAVerb = p;
      }
    }
    return inClause != null ? inClause : onAVerb;
  }

  /**
   * "shouting: 'Don't forget Aleppo!'": a place inside quotation marks is something said, not where the
   * sentence's event happened (an odd number of quotation marks before it in the sentence).
   */
  private static boolean quoted(String body, int from, PlaceMention p) {
    int open = 0;
    for (int i = from; i < p.start(); i++) {
      char c = body.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        open++;
      }
    }
    return open % 2 == 1;
  }

  /** "BEIRUT —", "KABUL (Reuters) -": where the story was filed, not where its events happened. */
  private static boolean dateline(String body, PlaceMention p) {
    int lineStart = body.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
    if (p.start() > 200 || !body.substring(lineStart, p.start()).isBlank()) {
      return false;
    }
    return DATELINE_END.matcher(body.substring(p.end(), Math.min(body.length(), p.end() + 40))).lookingAt();
  }

  /** "a woman visiting from Canada": where someone came from is not where the event happened. */
  private static boolean origin(ParsedSentence ps, PlaceMention p) {
    List<Integer> span = ps.tokensIn(p.start(), p.end());
    if (span.isEmpty()) {
      return false;
    }
    int first = span.get(0);
    int before = first > 0 && ps.lemma(first - 1).equals("the") ? first - 2 : first - 1;
    return before >= 0 && ps.lemma(before).equals("from");
  }

  /** Whether (rank, distance) beats the best so far, which it then becomes. */
  private static boolean better(int rank, int distance, int[] best) {
    if (rank < best[0] || rank == best[0] && distance < best[1]) {
      best[0] = rank;
      best[1] = distance;
      return true;
    }
    return false;
  }

  /** The clause that tells of the trigger: its nearest verb, widened to what that verb's clause belongs to. */
  private static int clauseOf(ParsedSentence ps, int trigger) {
    int clause = trigger;
    while (!ps.tag(clause).startsWith("VB") && ps.parent(clause) != null) {
      clause = ps.parent(clause).token();
    }
    ParsedSentence.Arc modified = ps.parent(clause);
    if (modified != null && modified.relation().startsWith("acl")) {
      clause = modified.token(); // "bombings in Istanbul that killed 44": the clause tells of the noun it modifies
    } else if (modified != null && modified.relation().startsWith("conj") && ps.tag(modified.token()).startsWith("VB")) {
      clause = modified.token(); // "his home in Aydin was searched and his family detained": conjuncts share a scene
    }
    return clause;
  }

  /**
   * "Sunday's explosion came two days after two bombs killed six in Giza", "The assassination came after
   * days of protests ... over the destruction of Aleppo": a place in a subordinate clause or a time phrase
   * of the event's clause that does not hold the trigger belongs to what that clause or phrase tells.
   * A clause hung beside it ("..., court papers show") counts too if {@code besideToo}: the parser
   * often hangs the event's own date there, rarely its place.
   */
  private static boolean inAnotherClause(ParsedSentence ps, List<Integer> span, int clause, int trigger,
                                         boolean besideToo) {
    int k = span.get(0);
    for (int steps = 0; k != clause && steps < 64; steps++) {
      ParsedSentence.Arc up = ps.parent(k);
      if (up == null) {
        return false;
      }
      String rel = up.relation();
      if ((rel.startsWith("advcl") && ps.children(k).stream().anyMatch(a -> a.relation().equals("mark")
          && CLAUSE_LINKS.contains(ps.lemma(a.token()))) || besideToo && rel.equals("parataxis")
          || TEMPORAL_PHRASES.contains(rel))
          && !ps.subtree(k).containsKey(trigger)) {
        return true;
      }
      k = up.token();
    }
    return false;
  }

  /** Whether a token of the span is {@code head} or lies below it in the parse. */
  private static boolean within(ParsedSentence ps, List<Integer> span, int head) {
    for (int t : span) {
      for (int k = t, steps = 0; k >= 0 && steps < 64; steps++) {
        if (k == head) {
          return true;
        }
        ParsedSentence.Arc up = ps.parent(k);
        k = up == null ? -1 : up.token();
      }
    }
    return false;
  }

  /** Whether the span's governor (outside it) is a verb, or the span is the root. */
  private static boolean governedByVerb(ParsedSentence ps, List<Integer> span) {
    for (int t : span) {
      ParsedSentence.Arc up = ps.parent(t);
      if (up == null) {
        return true;
      }
      if (!span.contains(up.token())) {
        return ps.tag(up.token()).startsWith("VB");
      }
    }
    return false;
  }

  /**
   * "a U.S. operation", "a Damascus court": a place that qualifies a noun says whose, not where. A place
   * that qualifies a geographic noun ("the Deir el-Zour countryside", "the Hajin area") is the where.
   */
  private static boolean modifiesANoun(ParsedSentence ps, PlaceMention p) {
    List<Integer> span = ps.tokensIn(p.start(), p.end());
    for (int t : span) {
      ParsedSentence.Arc up = ps.parent(t);
      if (up != null && !span.contains(up.token())) {
        String rel = up.relation();
        return (rel.equals("compound") || rel.startsWith("amod") || rel.equals("nmod:poss"))
            && ps.tag(up.token()).startsWith("NN") && !GEOGRAPHIC_HEADS.contains(ps.lemma(up.token()));
      }
    }
    return false;
  }

  /**
   * No place in the event's sentence: the place of another event of the same sentence ("bombings in
   * Istanbul that killed 44"); else where the story's previous event happened, if it happened at the
   * same time and no place was named since ("... was later killed in a shootout with police", "Seven
   * people have been arrested in connection with the blast": a story goes on where it was); else the
   * paragraph's last place before it, outside quotations; else the country the article is most about. A place taken from context is
   * "near" at best, since the text does not say the event was there.
   */
  private static PlaceMention placeFromContext(Draft d, AnnotatedArticle input, Draft previous) {
    boolean sameTime = previous != null && org.sitrep.merge.EventMatcher.datesOverlap(d.date, previous.date);
    if (sameTime && previous.sentenceIndex == d.sentenceIndex) {
      return near(previous.place);
    }
    PlaceMention inParagraph = null;
    String body = input.article().body();
    for (PlaceMention p : input.places()) {
      if (!p.demonym() && p.start() >= d.paragraphStart && p.end() <= d.sentence.begin()
          && !quoted(body, d.paragraphStart, p) && !dateline(body, p)) {
        inParagraph = p;
      }
    }
    if (sameTime && (inParagraph == null || inParagraph.start() < previous.sentence.end())) {
      return near(previous.place); // the previous event is the latest context: its place, not a name beside it
    }
    if (inParagraph != null) {
      return near(inParagraph);
    }
    Map<String, Integer> countries = new HashMap<>();
    PlaceMention countryMention = null;
    for (PlaceMention p : input.places()) {
      countries.merge(p.place().country(), 1, Integer::sum); // demonyms too: "Syrian" says the story is Syrian
    }
    String focus = countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    for (PlaceMention p : input.places()) {
      if (p.place().precision() == GeoPrecision.COUNTRY && p.place().country().equals(focus)) {
        countryMention = p;
        break;
      }
    }
    return countryMention;
  }

  private static PlaceMention near(PlaceMention p) {
    Place pl = p.place();
    return pl.precision() != GeoPrecision.EXACT ? p
        : new PlaceMention(p.text(), p.start(), p.end(), pl.withPrecision(GeoPrecision.NEAR), p.score(), false);
  }

  /**
   * For an event placed only by its country: the place of that country the story is about (the one
   * it names most often, at least twice, the earliest among equals), as "near" it. "Police defused
   * the device, the interior ministry of Germany said" in a story of Ludwigshafen happened in
   * Ludwigshafen; ACLED too codes the most precise place the report supports, and the precision says
   * it is an inference. By country code; a country the story names no place of twice has none.
   */
  private static Map<String, PlaceMention> focusPlaces(AnnotatedArticle input) {
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, PlaceMention> first = new HashMap<>();
    for (PlaceMention p : input.places()) {
      Place pl = p.place();
      if (!p.demonym() && pl.precision() != GeoPrecision.COUNTRY && pl.precision() != GeoPrecision.REGION) {
        mentions.merge(pl.gazetteerId(), 1, Integer::sum);
        first.putIfAbsent(pl.gazetteerId(), p);
      }
    }
    Map<String, PlaceMention> focus = new HashMap<>();
    for (Map.Entry<String, Integer> m : mentions.entrySet()) {
      PlaceMention p = first.get(m.getKey());
      PlaceMention best = focus.get(p.place().country());
      int bestCount = best == null ? 0 : mentions.get(best.place().gazetteerId());
      if (m.getValue() >= 2 && (m.getValue() > bestCount || m.getValue() == bestCount && p.start() < best.start())) {
        focus.put(p.place().country(), p);
      }
    }
    focus.replaceAll((country, p) -> near(p));
    return focus;
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
    String country = d.place.place().country();
    d.actor2 = inCountry(d.actor2, country);
    d.actor1 = attacker(inCountry(d.actor1, country), d.actor2);
    ActorType t1 = d.actor1 == null ? null : d.actor1.type();
    ActorType t2 = d.actor2 == null ? null : d.actor2.type();
    ParsedSentence ps = d.sentence;
    String sentence = article.body().substring(ps.begin(), ps.end());
    Evidence ev = new Evidence(sentence, ps.begin(), ps.end(), d.trigger, d.triggerStart, d.attribution);
    return new Event(eventId(article.id(), d.triggerStart), article.id(), d.definition.codeFor(t1, t2), d.date,
        d.actor1, d.actor2, d.place.place(), d.counts.killed().value(), ev, d.counts);
  }

  /**
   * A force whose country the text left open ("police") as the force of the event's country, named as
   * the registry names it where it does; null if the event has no country. Other actors as they are.
   */
  private Actor inCountry(Actor actor, String country) {
    if (actor == null || !actor.countryOpen()) {
      return actor;
    }
    if (country.isEmpty()) {
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
