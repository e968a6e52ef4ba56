package org.sitrep.pipeline;

import org.sitrep.coding.ActorRecognizer;
import org.sitrep.coding.EventCoder;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.geo.PlaceRecognizer;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;

/** The order of work, in one place. */
public final class EventPipeline {
  private EventPipeline() {
  }

  /**
   * article → CoreNLP annotation → actor mentions → place mentions (gazetteer) → coded events.
   * Storing is left to the caller, so the same chain runs in the CLI, a server or a Spark task.
   */
  public static Stage<Article, CodedArticle> assemble(NlpPipeline nlp, Knowledge k) {
    return annotation(nlp).then(coding(k));
  }

  /** article → CoreNLP annotation. */
  public static Stage<Article, AnnotatedArticle> annotation(NlpPipeline nlp) {
    return article -> new AnnotatedArticle(article, nlp.annotate(article.body(), article.published()));
  }

  /** Everything Sitrep does on top of CoreNLP: actors, places, events. */
  public static Stage<AnnotatedArticle, CodedArticle> coding(Knowledge k) {
    return new ActorRecognizer(k.actors())
        .then(new PlaceRecognizer(k.gazetteer(), k.regions()))
        .then(new EventCoder(k.lexicon()));
  }
}
