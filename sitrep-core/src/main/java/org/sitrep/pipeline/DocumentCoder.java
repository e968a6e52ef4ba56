package org.sitrep.pipeline;

import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.stage.Stage;

/**
 * One document read into an article and coded, each step isolated: whatever one document does to the
 * reader or the models (an exception, a stack overflow on deep markup, one input's memory) becomes that
 * document's error, and the run goes on. The ingest and the Spark job code every document through it.
 */
public final class DocumentCoder {
  private final ArticleReader reader = new ArticleReader();
  private final Stage<Article, CodedArticle> pipeline;

  public DocumentCoder(Stage<Article, CodedArticle> pipeline) {
    this.pipeline = pipeline;
  }

  /** What coding an article gave: the coded article, or why it could not be coded. */
  public record Coding(Article article, CodedArticle coded, IngestException failure) {
  }

  /** The document's article; any failure is the document's {@link IngestException}. */
  public Article read(InputDocument doc, ReadOptions options) throws IngestException {
    try {
      return reader.read(doc, options);
    } catch (IngestException e) {
      throw e;
    } catch (Throwable t) {
      throw IngestException.isolated(doc.location(), "extraction", t);
    }
  }

  /** The article through the pipeline; safe to call from several threads (the models are shared). */
  public Coding code(Article article) {
    try {
      return new Coding(article, pipeline.apply(article), null);
    } catch (Throwable t) {
      return new Coding(article, null, IngestException.isolated(article.location(), "coding", t));
    }
  }
}
