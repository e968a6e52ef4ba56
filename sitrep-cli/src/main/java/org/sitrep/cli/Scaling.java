package org.sitrep.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;
import org.sitrep.eval.EventGold;
import org.sitrep.eval.FilterRecall;
import org.sitrep.filter.RelevanceFilter;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.InOrder;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.pipeline.StoryCopies;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.stage.Stage;
import org.sitrep.store.EventStore;

/**
 * The scaling section of {@code sitrep bench}: raw CoreNLP, the whole pipeline and the pipeline behind
 * the relevance filter, each on 1..N threads over the same texts in the same run, with the filter's
 * recall of the gold events' sentences and what the filter changes in the coded events.
 */
final class Scaling {
  private final List<Article> articles;
  private final NlpPipeline nlp;
  private final Knowledge knowledge;
  private final EventStore store;
  private final long tokens;
  private final RelevanceFilter filter;
  private final int rounds;
  /** Articles a commit holds, as {@code sitrep ingest} groups them. */

  Scaling(List<Article> articles, NlpPipeline nlp, Knowledge knowledge, EventStore store, long tokens, int rounds) {
    this.rounds = rounds;
    this.articles = articles;
    this.nlp = nlp;
    this.knowledge = knowledge;
    this.store = store;
    this.tokens = tokens;
    this.filter = RelevanceFilter.of(knowledge.lexicon());
  }

  /** One measured configuration. */
  private record Run(String what, int threads, double seconds, double storeSeconds, long peakHeap, List<Event> events) {
  }

  int run(List<Integer> threadCounts, EventGold gold, double minRecall, double minSpeedup, double minScaling)
      throws SQLException {
    int failures = 0;
    System.out.println();
    System.out.println("== scaling: the same " + articles.size() + " articles (" + tokens + " tokens) on "
        + threadCounts + " threads, with and without the relevance filter");
    long t0 = System.nanoTime();
    int relevant = 0;
    long paragraphs = 0;
    long kept = 0;
    for (Article a : articles) {
      RelevanceFilter.Selection s = filter.select(a.body());
      relevant += s.isEmpty() ? 0 : 1;
      paragraphs += s.paragraphs();
      kept += s.kept();
    }
    double filterSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("filter: %d of %d articles can hold an event; %d of %d paragraphs kept; %.0f articles/s alone%n",
        relevant, articles.size(), kept, paragraphs, articles.size() / filterSeconds);
    if (gold != null) {
      failures += goldRecall(gold, minRecall);
    }
    Stage<Article, CodedArticle> whole = EventPipeline.assemble(nlp, knowledge, false);
    Stage<Article, CodedArticle> filtered = EventPipeline.assemble(nlp, knowledge, true);
    // warm-up: the JIT and the coder's caches, on a few articles through each path
    List<Article> few = articles.subList(0, Math.min(24, articles.size()));
    pipeline(few, whole, 1, "warm");
    pipeline(few, filtered, 1, "warmf");
    // each kind on 1..N threads back to back, so that drift in machine load falls on both alike
    List<Run> runs = new ArrayList<>();
    for (int kind = 0; kind < 3; kind++) {
      for (int t : threadCounts) {
        runs.add(kind == 0 ? raw(t) : pipeline(articles, kind == 1 ? whole : filtered, t, (kind == 1 ? "p" : "f") + t));
      }
    }
    runs.sort(java.util.Comparator.comparingInt(Run::threads)); // stable: by threads, then kind
    System.out.printf("%-34s %7s %10s %11s %9s %9s %12s%n", "", "threads", "articles/s", "tokens/s", "seconds",
        "storing", "peak heap");
    for (Run r : runs) {
      System.out.printf("%-34s %7d %10.2f %11.0f %9.1f %9.1f %9.0f MB%n", r.what(), r.threads(),
          articles.size() / r.seconds(), tokens / r.seconds(), r.seconds(), r.storeSeconds(), r.peakHeap() / 1e6);
    }
    Run raw1 = runs.get(0);
    Run whole1 = runs.get(1);
    Run filtered1 = runs.get(2);
    double speedup = whole1.seconds() / filtered1.seconds();
    System.out.printf("filter speed-up, whole pipeline on %d thread(s): %.2fx (%.2fx raw CoreNLP)%n",
        threadCounts.get(0), speedup, raw1.seconds() / filtered1.seconds());
    if (threadCounts.size() > 1) {
      int last = runs.size() - 3;
      for (int i = 0; i < 3; i++) {
        System.out.printf("%s: %d threads give %.2fx the throughput of %d%n", runs.get(i).what(),
            runs.get(last + i).threads(), runs.get(i).seconds() / runs.get(last + i).seconds(), runs.get(i).threads());
      }
    }
    if (threadCounts.size() > 1 && rounds > 0) {
      double median = alternatingRounds(filtered, threadCounts.get(threadCounts.size() - 1));
      if (median < minScaling) {
        System.out.printf("FAIL: the pipeline scales %.2fx, below %.2fx%n", median, minScaling);
        failures++;
      }
    }
    compare(whole1.events(), filtered1.events());
    System.out.printf("peak resident set of the process: %.0f MB%n", Memory.peakResidentBytes() / 1e6);
    if (speedup < minSpeedup) {
      System.out.printf("FAIL: the filter speeds the pipeline up %.2fx, below %.2fx%n", speedup, minSpeedup);
      failures++;
    }
    return failures == 0 ? 0 : 1;
  }

  /**
   * The scaling of the pipeline as it runs by default (behind the filter), cores against cores: each
   * round pins the whole process (GC and the store's writer included) to one core with one coding thread,
   * then to {@code threads} cores with as many threads, in alternating order so that drift in machine
   * load falls on both; the median of the rounds' ratios. Without taskset(1) only the threads change.
   */
  private double alternatingRounds(Stage<Article, CodedArticle> stage, int threads) throws SQLException {
    int cores = Runtime.getRuntime().availableProcessors();
    List<Double> ratios = new ArrayList<>();
    boolean pinned = true;
    for (int r = 0; r < rounds; r++) {
      double one = 0;
      double many = 0;
      for (int half = 0; half < 2; half++) {
        boolean single = (r + half) % 2 == 0;
        pinned &= pinTo(single ? 1 : Math.min(threads, cores));
        double seconds = pipeline(articles, stage, single ? 1 : threads, "r" + r + (single ? "a" : "b")).seconds();
        if (single) {
          one = seconds;
        } else {
          many = seconds;
        }
      }
      ratios.add(one / many);
    }
    pinTo(cores);
    List<Double> sorted = new ArrayList<>(ratios);
    sorted.sort(null);
    double median = sorted.get(sorted.size() / 2);
    System.out.printf("pipeline with the filter, %d alternating rounds: %s give %.2fx the throughput of %s"
        + " (median; rounds %s)%n", rounds, pinned ? threads + " cores (" + threads + " threads)" : threads + " threads",
        median, pinned ? "1 core (1 thread)" : "1 (taskset unavailable: threads only, on all cores)",
        ratios.stream().map(x -> String.format("%.2f", x)).toList());
    return median;
  }

  /** Pins every thread of this process, and those it makes later, to the first {@code cores} cores. */
  private static boolean pinTo(int cores) {
    try {
      Process p = new ProcessBuilder("taskset", "-a", "-p", "-c", "0-" + (cores - 1),
          String.valueOf(ProcessHandle.current().pid())).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Share of the gold events' sentences that stand in paragraphs the filter keeps ({@link FilterRecall}). */
  private int goldRecall(EventGold gold, double minRecall) {
    FilterRecall r = FilterRecall.of(gold, filter);
    System.out.printf("filter recall on the gold set: %d of %d events' sentences kept = %.3f (%d not in the extracted body)%n",
        r.kept(), r.events(), r.recall(), r.notInBody());
    r.missed().forEach(m -> System.out.println("  skipped: " + m));
    if (r.recall() < minRecall) {
      System.out.printf("FAIL: filter recall %.3f below %.3f%n", r.recall(), minRecall);
      return 1;
    }
    return 0;
  }

  /** What the filter changed: events coded with and without it, by article, type, date and sentence. */
  private static void compare(List<Event> whole, List<Event> filtered) {
    Set<String> a = keys(whole);
    Set<String> b = keys(filtered);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    System.out.printf("events: %d without the filter, %d with it; %d identical in article, type, date, place and"
        + " sentence; %d only without, %d only with%n", a.size(), b.size(), both.size(), a.size() - both.size(),
        b.size() - both.size());
    a.stream().filter(k -> !both.contains(k)).sorted().forEach(k -> System.out.println("  only without: " + k));
    b.stream().filter(k -> !both.contains(k)).sorted().forEach(k -> System.out.println("  only with:    " + k));
  }

  private static Set<String> keys(List<Event> events) {
    Set<String> out = new HashSet<>();
    for (Event e : events) {
      String article = e.articleId().substring(0, e.articleId().lastIndexOf('~'));
      out.add(article + " " + e.type().key() + " " + e.date().date() + " @" + e.evidence().start() + " "
          + (e.place() == null ? "-" : e.place().name() + " (" + e.place().precision() + ")"));
    }
    return out;
  }

  private Run raw(int threads) {
    Memory.resetPeaks();
    long t0 = System.nanoTime();
    try (InOrder<Article, Integer> annotate = new InOrder<>(threads,
        a -> nlp.annotate(a.body(), a.published()).tokens().size())) {
      for (Article a : articles) {
        annotate.submit(a, n -> { });
      }
      annotate.flush();
    }
    return new Run("raw CoreNLP annotation", threads, (System.nanoTime() - t0) / 1e9, 0, Memory.peakHeapBytes(),
        List.of());
  }

  /**
   * Codes and stores every article under fresh ids (so nothing is skipped as stored), as an ingest
   * does: the same runner, commit groups and merging; only the copy check is off, since the rounds
   * store the same texts again.
   */
  private Run pipeline(List<Article> texts, Stage<Article, CodedArticle> stage, int threads, String tag)
      throws SQLException {
    Memory.resetPeaks();
    List<Event> events = new ArrayList<>();
    List<Article> copies = texts.stream().map(a -> new Article(a.id() + "~" + tag, a.source(), a.location(), a.title(),
        a.published(), a.body(), a.captions())).toList();
    long t0 = System.nanoTime();
    IngestJob.Summary s = new IngestJob(stage, store, threads, IngestJob.COMMIT_GROUP, StoryCopies.IGNORED)
        .runArticles(copies, IngestJob.Listener.benchmark(coded -> events.addAll(coded.events())));
    String what = tag.startsWith("f") ? "Sitrep pipeline with the filter" : "Sitrep pipeline (to store)";
    return new Run(what, threads, (System.nanoTime() - t0) / 1e9, s.storeSeconds(), Memory.peakHeapBytes(), events);
  }
}
