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
 * Reads, codes and stores a list of inputs. A near-identical copy of a stored story (the same wire
 * text on another site) is stored as another source of that story and not coded again. A bad input is reported and skipped; the others go on. An
 * article already in the store is skipped before any NLP, so a re-run after an interruption resumes
 * where it stopped and a repeated ingest adds nothing.
 */
public final class IngestJob {
  /** What the job tells its caller as it goes. */
  public interface Listener {
    void failed(IngestException e);

    void done(int index, int total, String location, Outcome outcome, int events);

    /** A document of input {@code index} (of {@code total}) was handled; {@code documents} so far in the run. */
    default void document(int index, int total, int documents) {
    }
  }

  public enum Outcome { STORED, ALREADY_STORED, FAILED }

  /** Counts at the end of a run: documents read (an archive or feed holds many), stored, skipped, failed. */
  public record Summary(int read, int stored, int duplicates, int alreadyStored, int events,
                        Map<IngestException.Problem, Integer> errors) {
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
    Counts counts = new Counts();
    for (int i = 0; i < items.size(); i++) {
      DocumentSource.Item item = items.get(i);
      int before = counts.events;
      boolean[] failed = {false};
      try {
        final int index = i + 1;
        item.read(doc -> {
          counts.handle(doc, options, listener, this);
          listener.document(index, items.size(), counts.read);
        }, e -> {
          counts.fail(e, listener);
          failed[0] = true;
        });
      } catch (IngestException e) {
        counts.fail(e, listener);
        failed[0] = true;
      } catch (StoreFailure e) {
        throw e.cause;
      }
      listener.done(i + 1, items.size(), item.location(), failed[0] ? Outcome.FAILED : Outcome.STORED,
          counts.events - before);
    }
    return new Summary(counts.read, counts.stored, counts.duplicates, counts.already, counts.events, counts.errors);
  }

  /** Carries a store failure out of a document callback: the store failing ends the run. */
  private static final class StoreFailure extends RuntimeException {
    final SQLException cause;

    StoreFailure(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /** Running totals of one run. */
  private static final class Counts {
    int read;
    int stored;
    int already;
    int duplicates;
    int events;
    final Map<IngestException.Problem, Integer> errors = new EnumMap<>(IngestException.Problem.class);

    void fail(IngestException e, Listener listener) {
      errors.merge(e.problem(), 1, Integer::sum);
      listener.failed(e);
    }

    void handle(org.sitrep.ingest.InputDocument doc, ReadOptions options, Listener listener, IngestJob job) {
      read++;
      Article article;
      try {
        article = job.reader.read(doc, options);
      } catch (IngestException e) {
        fail(e, listener);
        return;
      }
      try {
        if (job.store.hasArticle(article.id())) {
          already++;
          return;
        }
        var story = job.store.storyOf(article.body());
        if (story.isPresent()) {
          // another site's copy of a stored story: one more source, not more events
          job.store.save(new CodedArticle(article, List.of()), story.get());
          duplicates++;
          return;
        }
        CodedArticle coded = job.pipeline.apply(article);
        job.store.save(coded);
        stored++;
        events += coded.events().size();
      } catch (SQLException e) {
        throw new StoreFailure(e);
      }
    }
  }
}
