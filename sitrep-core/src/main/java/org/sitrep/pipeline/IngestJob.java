package org.sitrep.pipeline;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;

/**
 * Reads, codes and stores a list of inputs. A bad input is reported and skipped; the others go on. An
 * article already in the store is skipped before any NLP, so a re-run after an interruption resumes
 * where it stopped and a repeated ingest adds nothing.
 */
public final class IngestJob {
  /** What the job tells its caller as it goes. */
  public interface Listener {
    void failed(IngestException e);

    void done(int index, int total, String location, Outcome outcome, int events);
  }

  public enum Outcome { STORED, ALREADY_STORED, FAILED }

  /** Counts at the end of a run. */
  public record Summary(int read, int stored, int alreadyStored, int events, Map<IngestException.Problem, Integer> errors) {
    public int failed() {
      return errors.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final ArticleReader reader = new ArticleReader();
  private final Stage<Article, CodedArticle> pipeline;
  private final EventStore store;

  public IngestJob(Stage<Article, CodedArticle> pipeline, EventStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  public Summary run(List<DocumentSource.Item> items, ReadOptions options, Listener listener) throws SQLException {
    int stored = 0;
    int already = 0;
    int events = 0;
    Map<IngestException.Problem, Integer> errors = new EnumMap<>(IngestException.Problem.class);
    for (int i = 0; i < items.size(); i++) {
      DocumentSource.Item item = items.get(i);
      Article article;
      try {
        article = reader.read(item.read(), options);
      } catch (IngestException e) {
        errors.merge(e.problem(), 1, Integer::sum);
        listener.failed(e);
        listener.done(i + 1, items.size(), item.location(), Outcome.FAILED, 0);
        continue;
      }
      if (store.hasArticle(article.id())) {
        already++;
        listener.done(i + 1, items.size(), item.location(), Outcome.ALREADY_STORED, 0);
        continue;
      }
      CodedArticle coded = pipeline.apply(article);
      store.save(coded);
      stored++;
      events += coded.events().size();
      listener.done(i + 1, items.size(), item.location(), Outcome.STORED, coded.events().size());
    }
    return new Summary(items.size(), stored, already, events, errors);
  }
}
