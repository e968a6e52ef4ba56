package org.sitrep.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * What fails the benchmark.
   *
   * @param filterRecall    least share of the gold events' sentences the filter keeps
   * @param filterSpeedup   least speed-up the filter gives the whole pipeline on one thread
   * @param scaling         least throughput of the most cores against one (median of the rounds)
   * @param ofCoreNlp       least share of CoreNLP's own scaling on the same text and cores that the pipeline
   *                        keeps: what Sitrep's code costs in parallelism, whatever the machine gives
   */
  record Floors(double filterRecall, double filterSpeedup, double scaling, double ofCoreNlp) {
    private static final List<String> NAMES = List.of("filter-recall", "filter-speedup", "scaling", "scaling-of-corenlp");

    /** The floors given by name ({@code --min scaling=1.4}); those not given are 0, which nothing misses. */
    static Floors of(Map<String, Double> given) {
      for (String name : given.keySet()) {
        if (!NAMES.contains(name)) {
          throw new IllegalArgumentException("--min " + name + ": no such floor (the floors: " + NAMES + ")");
        }
      }
      return new Floors(given.getOrDefault(NAMES.get(0), 0.0), given.getOrDefault(NAMES.get(1), 0.0),
          given.getOrDefault(NAMES.get(2), 0.0), given.getOrDefault(NAMES.get(3), 0.0));
    }
  }

  int run(List<Integer> threadCounts, EventGold gold, Floors floors) throws SQLException {
    int failures = 0;
    System.out.println();
    System.out.println("== scaling: the same " + articles.size() + " articles (" + tokens + " tokens) on "
        + threadCounts + " threads, with and without the relevance filter");
    long t0 = System.nanoTime();
    List<RelevanceFilter.Selection> selections = articles.stream().map(a -> filter.select(a.body())).toList();
    double filterSeconds = (System.nanoTime() - t0) / 1e9;
    int relevant = 0;
    long paragraphs = 0;
    long kept = 0;
    List<Article> keptText = new ArrayList<>(); // what CoreNLP alone annotates in the scaling rounds
    for (int i = 0; i < articles.size(); i++) {
      RelevanceFilter.Selection s = selections.get(i);
      relevant += s.isEmpty() ? 0 : 1;
      paragraphs += s.paragraphs();
      kept += s.kept();
      if (!s.isEmpty()) {
        Article a = articles.get(i);
        keptText.add(new Article(a.id(), a.source(), a.location(), a.title(), a.published(), s.text(), a.captions()));
      }
    }
    System.out.printf("filter: %d of %d articles can hold an event; %d of %d paragraphs kept; %.0f articles/s alone%n",
        relevant, articles.size(), kept, paragraphs, articles.size() / filterSeconds);
    if (gold != null) {
      failures += goldRecall(gold, floors.filterRecall());
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
        runs.add(kind == 0 ? raw(articles, t) : pipeline(articles, kind == 1 ? whole : filtered, t, (kind == 1 ? "p" : "f") + t));
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
      failures += alternatingRounds(filtered, keptText, threadCounts.get(threadCounts.size() - 1), floors);
    }
    compare(whole1.events(), filtered1.events());
    System.out.printf("peak resident set of the process: %.0f MB%n", Memory.peakResidentBytes() / 1e6);
    if (speedup < floors.filterSpeedup()) {
      System.out.printf("FAIL: the filter speeds the pipeline up %.2fx, below %.2fx%n", speedup, floors.filterSpeedup());
      failures++;
    }
    return failures == 0 ? 0 : 1;
  }

  /**
   * The scaling of the pipeline as it runs by default (behind the filter), cores against cores: each
   * round pins the whole process (GC and the store's writer included) to one core with one coding thread,
   * then to {@code threads} cores with as many threads, in alternating order so that drift in machine
   * load falls on both. Under each pinning CoreNLP alone annotates the text the filter keeps, right after
   * the pipeline: how far this machine's cores scale CoreNLP (shared caches, a neighbour's load, two
   * virtual cores on one physical) bounds what any code on it can reach, and the pipeline's scaling as a
   * share of that is what Sitrep's own serial work (the store, the ordered hand-back) costs. Medians of
   * the rounds. Without taskset(1) only the threads change.
   *
   * @return the number of floors missed
   */
  private int alternatingRounds(Stage<Article, CodedArticle> stage, List<Article> kept, int threads, Floors floors)
      throws SQLException {
    int cores = Runtime.getRuntime().availableProcessors();
    List<Double> pipelineRatios = new ArrayList<>();
    List<Double> coreNlpRatios = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    boolean pinned = true;
    for (int r = 0; r < rounds; r++) {
      double[] pipelineSeconds = new double[2]; // [one core, many cores]
      double[] coreNlpSeconds = new double[2];
      for (int half = 0; half < 2; half++) {
        int side = (r + half) % 2; // 0: one core, 1: many; rounds alternate which goes first
        pinned &= pinTo(side == 0 ? 1 : Math.min(threads, cores));
        int t = side == 0 ? 1 : threads;
        pipelineSeconds[side] = pipeline(articles, stage, t, "r" + r + (side == 0 ? "a" : "b")).seconds();
        coreNlpSeconds[side] = raw(kept, t).seconds();
      }
      double p = pipelineSeconds[0] / pipelineSeconds[1];
      double c = coreNlpSeconds[0] / coreNlpSeconds[1];
      pipelineRatios.add(p);
      coreNlpRatios.add(c);
      shares.add(p / c);
    }
    pinTo(cores);
    String many = pinned ? threads + " cores (" + threads + " threads)" : threads + " threads";
    String one = pinned ? "1 core (1 thread)" : "1 (taskset unavailable: threads only, on all cores)";
    double scaling = median(pipelineRatios);
    double coreNlp = median(coreNlpRatios);
    double share = median(shares);
    System.out.printf("pipeline with the filter, %d alternating rounds: %s give %.2fx the throughput of %s"
        + " (median; rounds %s)%n", rounds, many, scaling, one, formatted(pipelineRatios));
    System.out.printf("CoreNLP alone on the text the filter keeps, in the same rounds: %.2fx (median; rounds %s)%n",
        coreNlp, formatted(coreNlpRatios));
    System.out.printf("the pipeline keeps %.0f%% of CoreNLP's scaling on these cores (median; rounds %s)%n",
        100 * share, formatted(shares));
    int failures = 0;
    if (scaling < floors.scaling()) {
      System.out.printf("FAIL: the pipeline scales %.2fx, below %.2fx%n", scaling, floors.scaling());
      failures++;
    }
    if (share < floors.ofCoreNlp()) {
      System.out.printf("FAIL: the pipeline keeps %.0f%% of CoreNLP's scaling, below %.0f%%%n", 100 * share,
          100 * floors.ofCoreNlp());
      failures++;
    }
    return failures;
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static List<String> formatted(List<Double> xs) {
    return xs.stream().map(x -> String.format("%.2f", x)).toList();
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

  private Run raw(List<Article> texts, int threads) {
    Memory.resetPeaks();
    long t0 = System.nanoTime();
    try (InOrder<Article, Integer> annotate = new InOrder<>(threads,
        a -> nlp.annotate(a.body(), a.published()).tokens().size())) {
      for (Article a : texts) {
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
