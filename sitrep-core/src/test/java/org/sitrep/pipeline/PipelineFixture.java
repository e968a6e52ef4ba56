package org.sitrep.pipeline;

import org.sitrep.stage.Stage;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;
import org.sitrep.geo.TestGazetteer;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.nlp.NlpPipeline;

/**
 * The real pipeline (CoreNLP, bundled lexicon and actors) over the fixture gazetteer, built once per
 * test JVM: CoreNLP's models take seconds and gigabytes to load.
 */
public final class PipelineFixture {
  private static Stage<Article, CodedArticle> pipeline;
  private static Stage<Article, CodedArticle> rules;

  private PipelineFixture() {
  }

  public static synchronized Stage<Article, CodedArticle> pipeline() {
    if (pipeline == null) {
      pipeline = EventPipeline.assemble(NlpPipeline.shared(),
          Knowledge.withGazetteer(TestGazetteer.get(), Knowledge.UserFiles.NONE));
    }
    return pipeline;
  }

  /** The same chain with the lexicon's rules alone, no classifier: what the rule coder's tests pin. */
  public static synchronized Stage<Article, CodedArticle> rules() {
    if (rules == null) {
      rules = EventPipeline.assemble(NlpPipeline.shared(),
          Knowledge.withGazetteer(TestGazetteer.get(), Knowledge.UserFiles.NONE), true, null);
    }
    return rules;
  }

  /** Events the rule coder alone codes from a text published on Thursday 7 May 2020. */
  public static List<Event> codeByRules(String body) {
    return rules().apply(article(body, LocalDate.of(2020, 5, 7))).events();
  }

  public static Article article(String body, LocalDate published) {
    return new Article(ArticleReader.articleId("test.txt", body), "test", "test.txt", "", published, body, List.of());
  }

  /** Events coded from a text published on Thursday 7 May 2020, the seed article's date. */
  public static List<Event> code(String body) {
    return pipeline().apply(article(body, LocalDate.of(2020, 5, 7))).events();
  }
}
