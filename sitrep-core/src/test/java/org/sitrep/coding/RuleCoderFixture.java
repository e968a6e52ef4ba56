package org.sitrep.coding;

import java.time.LocalDate;
import org.sitrep.domain.Article;
import org.sitrep.geo.TestGazetteer;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.pipeline.PipelineFixture;
import org.sitrep.stage.Stage;

/**
 * The rule coder and what it reads of a sentence (CoreNLP, then actors and places over the fixture
 * gazetteer), built once per test JVM for the tests of its rule chains: CoreNLP's models take seconds to load.
 */
record RuleCoderFixture(Stage<Article, AnnotatedArticle> annotate, EventCoder coder) {
  private static RuleCoderFixture shared;

  static synchronized RuleCoderFixture shared() {
    if (shared == null) {
      Knowledge k = Knowledge.withGazetteer(TestGazetteer.get(), Knowledge.UserFiles.NONE);
      shared = new RuleCoderFixture(EventPipeline.annotation(NlpPipeline.shared()).then(EventPipeline.places(k)),
          new EventCoder(k.lexicon(), k.actors()::byName));
    }
    return shared;
  }

  /** The sentence annotated as an article published on Thursday 7 May 2020. */
  AnnotatedArticle annotated(String sentence) {
    return annotate.apply(PipelineFixture.article(sentence, LocalDate.of(2020, 5, 7)));
  }
}
