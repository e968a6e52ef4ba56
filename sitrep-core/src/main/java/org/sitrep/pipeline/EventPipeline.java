package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.stage.Layer;
import org.sitrep.stage.Stage;
import org.sitrep.coding.ActorRecognizer;
import org.sitrep.classify.AcledTypes;
import org.sitrep.classify.EventTypeClassifier;
import org.sitrep.coding.DefaultActors;
import org.sitrep.coding.EventCoder;
import org.sitrep.coding.EventTyping;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.filter.RelevanceFilter;
import org.sitrep.geo.PlaceRecognizer;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;

/** The order of work, in one place. */
public final class EventPipeline {
  private EventPipeline() {
  }

  /**
   * article → relevance filter → CoreNLP annotation of what can hold an event → actor mentions → place
   * mentions (gazetteer) → coded events. Storing is left to the caller, so the same chain runs in the
   * CLI, a server or a Spark task.
   */
  public static Stage<Article, CodedArticle> assemble(NlpPipeline nlp, Knowledge k) {
    return assemble(nlp, k, true);
  }

  /** The chain with or without the relevance filter (without: every paragraph is annotated). */
  public static Stage<Article, CodedArticle> assemble(NlpPipeline nlp, Knowledge k, boolean filtered) {
    return assemble(nlp, k, filtered, EventTypeClassifier.bundled());
  }

  /**
   * The chain with the given event-type classifier (null: the lexicon's rules alone). The relevance
   * filter keeps what either would code.
   */
  public static Stage<Article, CodedArticle> assemble(NlpPipeline nlp, Knowledge k, boolean filtered,
                                                      EventTypeClassifier classifier) {
    RelevanceFilter filter = classifier == null ? RelevanceFilter.of(k.lexicon())
        : RelevanceFilter.of(k.lexicon(), paragraph -> reportsEvent(classifier, paragraph));
    return (filtered ? filteredAnnotation(nlp, filter) : annotation(nlp)).then(coding(k, classifier))
        .requireComplete();
  }

  /** A brief the classifier reads as an event; a longer text is not asked (its sentences need triggers). */
  private static boolean reportsEvent(EventTypeClassifier classifier, String text) {
    if (text.strip().length() > EventTyping.BRIEF_CHARS) {
      return false;
    }
    EventTypeClassifier.Prediction p = classifier.classify(text.strip());
    return p.isEvent() && p.probability() >= EventTyping.Thresholds.DEFAULT.briefAdd();
  }

  /** article → CoreNLP annotation of the whole body. */
  public static Stage<Article, AnnotatedArticle> annotation(NlpPipeline nlp) {
    return Stage.declared(article -> new AnnotatedArticle(article, nlp.annotate(article.body(), article.published())),
        Set.of(), Set.of(Layer.NLP));
  }

  /**
   * article → CoreNLP annotation of the paragraphs that can hold an event; the others are blanked, so
   * offsets still point into the body. An article with no such paragraph costs no annotation at all.
   */
  public static Stage<Article, AnnotatedArticle> filteredAnnotation(NlpPipeline nlp, RelevanceFilter filter) {
    return Stage.declared(article -> new AnnotatedArticle(article,
        nlp.annotate(filter.select(article.body()).text(), article.published())), Set.of(), Set.of(Layer.NLP));
  }

  /**
   * Actors, then places: the place recognizer reads the actors' countries, so it runs after them. The
   * chain {@code sitrep places} and the geoparsing evaluation run, and the start of {@link #coding}.
   */
  public static Stage<AnnotatedArticle, AnnotatedArticle> places(Knowledge k) {
    return new ActorRecognizer(k.actors(), ActorRecognizer.countriesOf(k.gazetteer()))
        .then(new PlaceRecognizer(k.gazetteer(), k.regions()));
  }

  /** Everything Sitrep does on top of CoreNLP: actors, places, events (typed by the classifier too). */
  public static Stage<AnnotatedArticle, CodedArticle> coding(Knowledge k) {
    return coding(k, EventTypeClassifier.bundled());
  }

  /**
   * Actors, places, events by the lexicon's rules, checked and completed by the classifier if there is
   * one; then the roles the text left empty, as ACLED fills them.
   */
  public static Stage<AnnotatedArticle, CodedArticle> coding(Knowledge k, EventTypeClassifier classifier) {
    Stage<AnnotatedArticle, CodedArticle> rules = new EventCoder(k.lexicon(), k.actors()::byName);
    return places(k)
        .then(classifier == null ? rules
            : new EventTyping(rules, classifier, AcledTypes.bundled(), EventTyping.Thresholds.DEFAULT))
        .then(DefaultActors.bundled());
  }
}
