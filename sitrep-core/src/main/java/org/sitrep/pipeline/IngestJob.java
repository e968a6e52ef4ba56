package org.sitrep.pipeline;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.stage.Stage;
import org.sitrep.store.EventStore;

/**
 * The one ingest loop: read → code → merge → save. Documents are read and checked against the store on
 * the calling thread, coded on worker threads ({@link DocumentCoder}), and saved in input order by the
 * calling thread (the merge rule runs in the save), in commit groups ({@link GroupCommit}). A
 * near-identical copy of a stored story is stored as another source of it and not coded again
 * ({@link StoryCopies}). A bad input is reported and skipped; the others go on. An article already in
 * the store is skipped before any NLP, so a re-run after an interruption resumes where it stopped and
 * a repeated ingest adds nothing. {@code sitrep ingest}, {@code watch}, the server's uploads and the
 * benchmarks all run it; the Spark job runs the same {@link DocumentCoder} per partition.
 */
public final class IngestJob {
  /** Articles per commit in an ingest ({@link GroupCommit#SIZE}). */
  public static final int COMMIT_GROUP = GroupCommit.SIZE;

  /** What the job tells its caller as it goes. */
  public interface Listener {
    void failed(IngestException e);

    void done(int index, int total, String location, Outcome outcome, int events);

    /** A document of input {@code index} (of {@code total}) was handled; {@code documents} so far in the run. */
    default void document(int index, int total, int documents) {
    }

    /** An article was coded and saved (not yet necessarily committed), in input order. */
    default void stored(CodedArticle coded) {
    }

    /** For a benchmark: errors to stderr, each stored article to {@code stored}. */
    static Listener benchmark(java.util.function.Consumer<CodedArticle> stored) {
      return new Listener() {
        @Override
        public void failed(IngestException e) {
          System.err.println("error: " + e.getMessage());
        }

        @Override
        public void done(int index, int total, String location, Outcome outcome, int events) {
        }

        @Override
        public void stored(CodedArticle coded) {
          stored.accept(coded);
        }
      };
    }
  }

  public enum Outcome { STORED, ALREADY_STORED, FAILED }

  /**
   * Counts at the end of a run: documents read (an archive or feed holds many), stored, skipped as
   * copies of a stored story (syndication) or as stored already, failed, and the time spent in the
   * store's writes and commits.
   */
  public record Summary(int read, int stored, int copies, int alreadyStored, int events,
                        Map<IngestException.Problem, Integer> errors, double storeSeconds) {
    public int failed() {
      return errors.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final DocumentCoder coder;
  private final EventStore store;
  private final int threads;
  private final int commitGroup;
  private final StoryCopies copies;

  public IngestJob(Stage<Article, CodedArticle> pipeline, EventStore store) {
    this(pipeline, store, 1);
  }

  /**
   * @param threads how many articles are coded at once: CoreNLP's models are shared and thread-safe, so
   *                each thread costs only its working memory (about 0.3 GB), not another copy of them
   */
  public IngestJob(Stage<Article, CodedArticle> pipeline, EventStore store, int threads) {
    this(pipeline, store, threads, COMMIT_GROUP);
  }

  /**
   * @param commitGroup how many articles share a commit: larger groups write faster, smaller ones lose
   *                    less work to a crash (1: every article is durable before the next is stored)
   */
  public IngestJob(Stage<Article, CodedArticle> pipeline, EventStore store, int threads, int commitGroup) {
    this(pipeline, store, threads, commitGroup, StoryCopies.CHECKED);
  }

  public IngestJob(Stage<Article, CodedArticle> pipeline, EventStore store, int threads, int commitGroup,
                   StoryCopies copies) {
    this.coder = new DocumentCoder(pipeline);
    this.store = store;
    this.threads = threads;
    this.commitGroup = commitGroup;
    this.copies = copies;
  }

  /**
   * Reads, codes and stores every document of {@code items}. The listener hears of the items in order,
   * each once its articles are committed.
   */
  public Summary run(List<DocumentSource.Item> items, ReadOptions options, Listener listener) throws SQLException {
    try (Run run = new Run(listener)) {
      for (int i = 0; i < items.size(); i++) {
        DocumentSource.Item item = items.get(i);
        ItemTally tally = new ItemTally();
        final int index = i + 1;
        try {
          item.read(doc -> {
            run.read++;
            run.submit(doc, options, tally);
            listener.document(index, items.size(), run.read);
          }, e -> run.fail(e, tally));
        } catch (IngestException e) {
          run.fail(e, tally);
        } catch (StoreFailure e) {
          throw e;
        } catch (Throwable t) {
          run.fail(IngestException.isolated(item.location(), "reading", t), tally);
        }
        run.whenHandled(() -> listener.done(index, items.size(), item.location(),
            tally.failed ? Outcome.FAILED : Outcome.STORED, tally.events));
      }
      return run.finish();
    } catch (StoreFailure e) {
      throw e.cause;
    }
  }

  /**
   * Codes and stores articles already read (a benchmark's texts): the same coding, copy check, merging
   * and group commit as {@link #run}, without the reading.
   */
  public Summary runArticles(List<Article> articles, Listener listener) throws SQLException {
    try (Run run = new Run(listener)) {
      for (int i = 0; i < articles.size(); i++) {
        Article article = articles.get(i);
        ItemTally tally = new ItemTally();
        final int index = i + 1;
        run.read++;
        run.submit(article, tally);
        run.whenHandled(() -> listener.done(index, articles.size(), article.location(),
            tally.failed ? Outcome.FAILED : Outcome.STORED, tally.events));
      }
      return run.finish();
    } catch (StoreFailure e) {
      throw e.cause;
    }
  }

  /** One run: its running totals, its commit groups and its coding workers. */
  private final class Run implements AutoCloseable {
    final Listener listener;
    final GroupCommit commits = new GroupCommit(store, commitGroup);
    final InOrder<Article, DocumentCoder.Coding> coding = new InOrder<>(threads, coder::code);
    final Map<IngestException.Problem, Integer> errors = new EnumMap<>(IngestException.Problem.class);
    int read;
    int stored;
    int already;
    int copiesSkipped;
    int events;
    long storeNanos;

    Run(Listener listener) {
      this.listener = listener;
    }

    void fail(IngestException e, ItemTally tally) {
      errors.merge(e.problem(), 1, Integer::sum);
      tally.failed = true;
      listener.failed(e);
    }

    /** Reads the document and sends its article on to {@link #submit(Article, ItemTally)}. */
    void submit(InputDocument doc, ReadOptions options, ItemTally tally) {
      Article article;
      try {
        article = coder.read(doc, options);
      } catch (IngestException e) {
        fail(e, tally);
        return;
      }
      submit(article, tally);
    }

    /** Unless the article is stored already or a copy of a stored story, sends it to be coded. */
    void submit(Article article, ItemTally tally) {
      boolean handled = storing(() -> {
        if (store.hasArticle(article.id())) {
          already++;
          return true;
        }
        if (copies.storedAsCopy(store, article, commits)) {
          copiesSkipped++;
          commits.wrote();
          return true;
        }
        return false;
      });
      if (handled) {
        return;
      }
      long storedBefore = stored;
      coding.submit(article, c -> storing(() -> {
        commits.beforeWrite();
        save(c, storedBefore, tally);
        commits.wrote();
        return true;
      }));
    }

    /** On the calling thread, in input order: stores a coded article. */
    private void save(DocumentCoder.Coding c, long storedBefore, ItemTally tally) throws SQLException {
      if (c.failure() != null) {
        fail(c.failure(), tally);
        return;
      }
      Article article = c.article();
      if (store.hasArticle(article.id())) {
        already++; // the same article twice in one run, coded side by side
        return;
      }
      // a story stored while this one was being coded may be the one it copies
      if (stored > storedBefore && copies.storedAsCopy(store, article, commits)) {
        copiesSkipped++;
        return;
      }
      store.save(c.coded());
      stored++;
      events += c.coded().events().size();
      tally.events += c.coded().events().size();
      listener.stored(c.coded());
    }

    /** Runs {@code r} once everything submitted so far is coded, saved and committed. */
    void whenHandled(Runnable r) {
      coding.after(() -> commits.whenDurable(r));
    }

    Summary finish() {
      coding.flush();
      storing(() -> {
        commits.commit();
        return true;
      });
      return new Summary(read, stored, copiesSkipped, already, events, errors, storeNanos / 1e9);
    }

    /** Store work, timed; a store failure ends the run. */
    private boolean storing(StoreWork work) {
      long t0 = System.nanoTime();
      try {
        return work.run();
      } catch (SQLException e) {
        throw new StoreFailure(e);
      } finally {
        storeNanos += System.nanoTime() - t0;
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        coding.close();
      } finally {
        store.commitBatch();
      }
    }
  }

  @FunctionalInterface
  private interface StoreWork {
    boolean run() throws SQLException;
  }

  /** Carries a store failure out of a document callback: the store failing ends the run. */
  private static final class StoreFailure extends RuntimeException {
    final SQLException cause;

    StoreFailure(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /** What became of one input's documents. */
  private static final class ItemTally {
    int events;
    boolean failed;
  }
}
