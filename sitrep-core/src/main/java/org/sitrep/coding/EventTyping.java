package org.sitrep.coding;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.sitrep.classify.AcledTypes;
import org.sitrep.classify.EventTypeClassifier;
import org.sitrep.domain.Actor;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Counts;
import org.sitrep.domain.Event;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.Place;
import org.sitrep.nlp.ActorMention;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.stage.Layer;
import org.sitrep.stage.Stage;

/**
 * The rule coder's events checked sentence by sentence against a learned classifier of event types
 * ({@link EventTypeClassifier}), which has read far more ways of reporting an event than the lexicon
 * lists. In each sentence, by the classifier's confidence:
 * <ol>
 *   <li>retype: the coder found an event, the classifier names another ACLED sub-event type;
 *   <li>veto: the classifier says the sentence reports crime, a disaster, diplomacy, a claim alone or
 *       nothing that happened, so the coder's events there go;
 *   <li>add (in a brief): the coder found nothing, the classifier names an ACLED type, so an event is
 *       coded with the roles the annotations give (the sentence's actors and places).
 * </ol>
 * Then the roles settle what the words cannot, as ACLED's codebook tells the types apart: a place taken
 * by force is typed by its taker ({@link TerritoryTaker}), an attack by its target ({@link ViolenceTarget}).
 * The roles of events the coder found (who, whom, where, when, how many) stay the parse's.
 */
public final class EventTyping implements Stage<AnnotatedArticle, CodedArticle> {
  /**
   * The confidences each step needs, for a brief (a text of a few sentences reports one event: the
   * whole text is read as one) and for a longer report (each sentence is read alone, and the classifier
   * must be surer: most sentences of an article tell background). For briefs, measured on the CASE 2021
   * dev file by cross-validation as a whole (any threshold above 0 lost more events than it saved); for
   * reports, measured on the team's gold set as a whole: vetoing at 0.8, 0.9 and never gave precision
   * 0.778, 0.784, 0.707 and recall 0.824, 0.853, 0.853 (a police probe of a blast reads as crime, yet
   * the blast is the event).
   */
  public record Thresholds(double briefRetype, double briefVeto, double briefAdd, double retype, double veto) {
    /** In a brief the classifier decides (0: its best label stands); in a report it must be sure. */
    public static final Thresholds DEFAULT = new Thresholds(0.0, 0.0, 0.0, 0.7, 0.9);
  }

  /** A text of at most this many sentences and characters is a brief. */
  private static final int BRIEF_SENTENCES = 4;
  public static final int BRIEF_CHARS = 800;

  private final Stage<AnnotatedArticle, CodedArticle> coder;
  private final EventTypeClassifier classifier;
  private final AcledTypes types;
  private final Thresholds thresholds;
  /** The rules that type an event by its roles, in the order they run. */
  private final List<UnaryOperator<Event>> byRoles;

  public EventTyping(Stage<AnnotatedArticle, CodedArticle> coder, EventTypeClassifier classifier, AcledTypes types,
                     Thresholds thresholds) {
    this.coder = coder;
    this.classifier = classifier;
    this.types = types;
    this.thresholds = thresholds;
    this.byRoles = List.of(new TerritoryTaker(types), new ViolenceTarget(types));
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
    CodedArticle coded = coder.apply(input);
    List<CoreSentence> sentences = input.doc().sentences().stream()
        .filter(s -> !input.article().body().substring(s.charOffsets().first(), s.charOffsets().second()).isBlank())
        .toList();
    if (sentences.isEmpty()) {
      return coded;
    }
    String body = input.article().body();
    List<Event> out = isBrief(body, sentences) ? typedBrief(input, coded.events(), sentences)
        : typedBySentence(input, coded.events(), sentences);
    out = new ArrayList<>(out.stream().map(this::typedByRoles).toList());
    out.sort(java.util.Comparator.comparingInt(e -> e.evidence().start()));
    return new CodedArticle(input.article(), out);
  }

  private Event typedByRoles(Event e) {
    for (UnaryOperator<Event> rule : byRoles) {
      e = rule.apply(e);
    }
    return e;
  }

  /** Whether a text is a brief: a wire snippet or a one-paragraph report of one event. */
  public static boolean isBrief(String body, List<CoreSentence> sentences) {
    return sentences.size() <= BRIEF_SENTENCES && body.strip().length() <= BRIEF_CHARS;
  }

  /**
   * A brief reports one event: the classifier reads the whole text; its type goes to the first event the
   * coder found, or, if none, to an event coded at the sentence the classifier finds most of it in.
   */
  private List<Event> typedBrief(AnnotatedArticle input, List<Event> events, List<CoreSentence> sentences) {
    String body = input.article().body();
    EventTypeClassifier.Prediction p = classifier.classify(body.strip());
    AcledTypes.Type type = types.ofLabel(p.label());
    if (!p.isEvent()) {
      return p.probability() >= thresholds.briefVeto() ? List.of() : events;
    }
    if (events.isEmpty()) {
      if (p.probability() < thresholds.briefAdd()) {
        return events;
      }
      CoreSentence best = sentences.get(0);
      double bestP = -1;
      for (CoreSentence s : sentences) {
        double q = classifier.probability(body.substring(s.charOffsets().first(), s.charOffsets().second()).strip(), p.label());
        if (q > bestP) {
          bestP = q;
          best = s;
        }
      }
      return List.of(added(input, type, best.charOffsets().first(), best.charOffsets().second()));
    }
    List<Event> out = new ArrayList<>(events);
    Event first = out.stream().min(java.util.Comparator.comparingInt(e -> e.evidence().start())).orElseThrow();
    if (p.probability() >= thresholds.briefRetype()) {
      out.set(out.indexOf(first), retyped(first, type));
    }
    return out;
  }

  /**
   * A longer report, sentence by sentence, each read alone: only the sentences the coder found events
   * in are read (retype, veto). Nothing is added: in a report most sentences without a trigger tell
   * background, and reading every sentence would double the cost of coding.
   */
  private List<Event> typedBySentence(AnnotatedArticle input, List<Event> events, List<CoreSentence> sentences) {
    Article article = input.article();
    List<Event> out = new ArrayList<>();
    for (CoreSentence s : sentences) {
      int begin = s.charOffsets().first();
      int end = s.charOffsets().second();
      List<Event> here = events.stream().filter(e -> e.evidence().start() >= begin && e.evidence().start() < end).toList();
      if (here.isEmpty()) {
        continue;
      }
      EventTypeClassifier.Prediction p = classifier.classify(article.body().substring(begin, end).strip());
      AcledTypes.Type type = types.ofLabel(p.label());
      if (!p.isEvent() && p.probability() >= thresholds.veto()) {
        continue;
      }
      for (Event e : here) {
        out.add(type != null && p.probability() >= thresholds.retype() ? retyped(e, type) : e);
      }
    }
    // events whose sentence the annotation does not list (none expected) are kept as coded
    for (Event e : events) {
      if (sentences.stream().noneMatch(s -> e.evidence().start() >= s.charOffsets().first()
          && e.evidence().start() < s.charOffsets().second())) {
        out.add(e);
      }
    }
    return out;
  }

  static Event retyped(Event e, AcledTypes.Type type) {
    if (type.is(e.type())) {
      return e;
    }
    return new Event(e.id(), e.articleId(), type.eventType(), e.date(), e.actor1(), e.actor2(), e.place(),
        e.fatalities(), e.evidence(), e.counts());
  }

  /** An event the lexicon has no word for: its roles from the sentence's mentions, dated to the week. */
  private static Event added(AnnotatedArticle input, AcledTypes.Type type, int begin, int end) {
    Article article = input.article();
    Place place = input.places().stream().filter(m -> m.start() >= begin && m.end() <= end && !m.embedded())
        .map(PlaceMention::place).min(java.util.Comparator.comparingInt(pl -> pl.precision().ordinal())).orElse(null);
    // "police" are the police of the event's country; with no country, whose is unknown
    List<Actor> actors = input.actors().stream().filter(m -> m.start() >= begin && m.end() <= end)
        .map(ActorMention::actor)
        .map(a -> !a.countryOpen() ? a : place == null || place.country().isEmpty() ? null : a.ofCountry(place.country()))
        .filter(java.util.Objects::nonNull).distinct()
        // civilians are never the side that acts (ACLED codes them as victims)
        .sorted(java.util.Comparator.comparing(a -> a.type() == org.sitrep.domain.ActorType.CIVILIANS))
        .toList();
    String sentence = article.body().substring(begin, end);
    Evidence evidence = new Evidence(sentence, begin, end, "", begin, "");
    Actor actor1 = actors.isEmpty() || actors.get(0).type() == org.sitrep.domain.ActorType.CIVILIANS ? null : actors.get(0);
    List<Actor> rest = actors.stream().filter(a -> a != actor1).toList();
    return new Event(EventCoder.eventId(article.id(), begin), article.id(), type.eventType(),
        EventDates.weekBefore(article.published()), actor1, rest.isEmpty() ? null : rest.get(0), place, -1, evidence,
        Counts.NONE);
  }
}
