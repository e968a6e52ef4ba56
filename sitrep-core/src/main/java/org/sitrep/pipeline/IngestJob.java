package org.sitrep.pipeline;

import org.sitrep.stage.Stage;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;

/**
 * Reads, codes and stores a list of inputs. A near-identical copy of a stored story (the same wire
 * text on another site) is stored as another source of that story and not coded again. A bad input is
 * reported and skipped; the others go on. An article already in the store is skipped before any NLP,
 * so a re-run after an interruption resumes where it stopped and a repeated ingest adds nothing.
 */
public final class IngestJob {
  /** Articles per commit: a commit per article costs a sync each; groups of 32 cost one per group. */
  public static final int COMMIT_GROUP = 32;

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
  private final int threads;
  private final int commitGroup;

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
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.commitGroup = commitGroup;
  }

  /**
   * Reads, codes and stores every document of {@code items}. Articles are coded on {@code threads}
   * workers and stored in input order by the calling thread, so the store sees one writer and the
   * listener hears of the items in order.
   */
  public Summary run(List<DocumentSource.Item> items, ReadOptions options, Listener listener) throws SQLException {
    Counts counts = new Counts(listener);
    GroupCommit commits = new GroupCommit();
    try (InOrder<Article, Coding> coder = new InOrder<>(threads, this::code)) {
      for (int i = 0; i < items.size(); i++) {
        DocumentSource.Item item = items.get(i);
        ItemTally tally = new ItemTally();
        final int index = i + 1;
        try {
          item.read(doc -> {
            counts.read++;
            submit(doc, options, coder, counts, tally, commits);
            listener.document(index, items.size(), counts.read);
          }, e -> counts.fail(e, tally));
        } catch (IngestException e) {
          counts.fail(e, tally);
        } catch (StoreFailure e) {
          throw e;
        } catch (Throwable t) {
          counts.fail(IngestException.isolated(item.location(), "reading", t), tally);
        }
        coder.after(() -> commits.whenDurable(() -> listener.done(index, items.size(), item.location(),
            tally.failed ? Outcome.FAILED : Outcome.STORED, tally.events)));
      }
      coder.flush();
      commits.commit();
    } catch (StoreFailure e) {
      throw e.cause;
    } finally {
      store.commitBatch();
    }
    return new Summary(counts.read, counts.stored, counts.duplicates, counts.already, counts.events, counts.errors);
  }

  /** Reads the document and, unless it is stored already or a copy of a stored story, sends it to be coded. */
  private void submit(InputDocument doc, ReadOptions options, InOrder<Article, Coding> coder, Counts counts,
                      ItemTally tally, GroupCommit commits) {
    Article article;
    try {
      article = reader.read(doc, options);
    } catch (IngestException e) {
      counts.fail(e, tally);
      return;
    } catch (Throwable t) {
      counts.fail(IngestException.isolated(doc.location(), "extraction", t), tally);
      return;
    }
    try {
      if (store.hasArticle(article.id())) {
        counts.already++;
        return;
      }
      var story = store.storyOf(article.body());
      if (story.isPresent()) {
        // another site's copy of a stored story: one more source, not more events
        commits.beforeWrite();
        store.save(new CodedArticle(article, List.of()), story.get());
        counts.duplicates++;
        commits.wrote();
        return;
      }
    } catch (SQLException e) {
      throw new StoreFailure(e);
    }
    long storedBefore = counts.stored;
    coder.submit(article, coding -> {
      commits.beforeWrite();
      save(coding, storedBefore, counts, tally);
      commits.wrote();
    });
  }

  /** On a worker thread: the article through the pipeline; a failure of the models is this article's error. */
  private Coding code(Article article) {
    try {
      return new Coding(article, pipeline.apply(article), null);
    } catch (Throwable t) {
      return new Coding(article, null, IngestException.isolated(article.location(), "coding", t));
    }
  }

  /** On the calling thread, in input order: stores a coded article. */
  private void save(Coding coding, long storedBefore, Counts counts, ItemTally tally) {
    if (coding.failure() != null) {
      counts.fail(coding.failure(), tally);
      return;
    }
    Article article = coding.article();
    try {
      if (store.hasArticle(article.id())) {
        counts.already++; // the same article twice in one run, coded side by side
        return;
      }
      if (counts.stored > storedBefore) {
        // a story stored while this one was being coded may be the one it copies
        var story = store.storyOf(article.body());
        if (story.isPresent()) {
          store.save(new CodedArticle(article, List.of()), story.get());
          counts.duplicates++;
          return;
        }
      }
      store.save(coding.coded());
      counts.stored++;
      counts.events += coding.coded().events().size();
      tally.events += coding.coded().events().size();
    } catch (SQLException e) {
      throw new StoreFailure(e);
    }
  }

  /**
   * Commits the store's writes in groups (of {@code commitGroup} articles, or every {@link #GROUP_MILLIS} ms),
   * and tells the listener of an input only once its articles are committed: what a caller records on
   * hearing of it (sitrep watch marks the feed item seen) never runs ahead of what the store holds.
   */
  private final class GroupCommit {
    static final long GROUP_MILLIS = 2000;
    private final List<Runnable> waiting = new java.util.ArrayList<>();
    private boolean open;
    private int uncommitted;
    private long since;

    /** Opens a group before the first write after a commit. */
    void beforeWrite() {
      if (!open) {
        try {
          store.beginBatch();
        } catch (SQLException e) {
          throw new StoreFailure(e);
        }
        open = true;
        since = System.currentTimeMillis();
      }
    }

    void wrote() {
      uncommitted++;
      if (uncommitted >= commitGroup || System.currentTimeMillis() - since >= GROUP_MILLIS) {
        commit();
      }
    }

    /** Runs {@code r} once everything written so far is committed: now, if nothing is pending. */
    void whenDurable(Runnable r) {
      if (!open) {
        r.run();
      } else {
        waiting.add(r);
      }
    }

    /** Commits the open group, then tells the waiting (outside any transaction, so their own writes commit). */
    void commit() {
      if (open) {
        try {
          store.commitBatch();
        } catch (SQLException e) {
          throw new StoreFailure(e);
        }
        open = false;
        uncommitted = 0;
      }
      List<Runnable> now = List.copyOf(waiting);
      waiting.clear();
      now.forEach(Runnable::run);
    }
  }

  /** What a worker hands back: the coded article, or why it could not be coded. */
  private record Coding(Article article, CodedArticle coded, IngestException failure) {
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

  /** Running totals of one run. */
  private static final class Counts {
    final Listener listener;
    int read;
    int stored;
    int already;
    int duplicates;
    int events;
    final Map<IngestException.Problem, Integer> errors = new EnumMap<>(IngestException.Problem.class);

    Counts(Listener listener) {
      this.listener = listener;
    }

    void fail(IngestException e, ItemTally tally) {
      errors.merge(e.problem(), 1, Integer::sum);
      tally.failed = true;
      listener.failed(e);
    }
  }
}
