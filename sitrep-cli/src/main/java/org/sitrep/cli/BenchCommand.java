package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.eval.EventGold;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.pipeline.StoryCopies;
import org.sitrep.stage.Stage;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep bench}: throughput of the whole pipeline (read → CoreNLP → actors → places → coding →
 * DuckDB) against raw CoreNLP annotation of the same texts, in the same run and JVM, passes interleaved
 * so that warm-up and machine load fall on both alike.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {AnalysisBenchCommand.class, SyntheticCommand.class},
    description = {"Measure articles/s and tokens/s of the whole pipeline and of raw CoreNLP on the same texts,",
        "their ratio, and peak heap. Texts: the given files/directories, else the bundled example.",
        "sitrep bench analysis: the store's queries and Gi* on millions of synthetic events."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files or directories (default: the bundled example).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs without one.")
  java.time.LocalDate published = BundledExample.PUBLISHED;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds of the 1-thread section (default: ${DEFAULT-VALUE}), after one warm-up round; 0 skips it.")
  int rounds;

  @Option(names = "--threads", split = ",", paramLabel = "N",
      description = {"Also measure raw CoreNLP, the pipeline and the pipeline behind the relevance filter on",
          "these thread counts, e.g. 1,2 (the scaling section)."})
  List<Integer> threads = new ArrayList<>();

  @Option(names = "--scaling-rounds", paramLabel = "N", defaultValue = "5",
      description = "Alternating rounds of 1 against N threads behind the filter (default: ${DEFAULT-VALUE}).")
  int scalingRounds;

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Event gold set: its articles join the texts, and the filter's recall of its events' sentences is printed.")
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "Folder the gold set's documents are read from (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--min", paramLabel = "FLOOR=X", description = "Exit 1 below a floor: filter-recall (the share"
      + " of the gold events' sentences the filter keeps), filter-speedup (how much the filter speeds the whole"
      + " pipeline up on 1 thread), scaling (the most threads against one, median of the rounds),"
      + " scaling-of-corenlp (the pipeline's scaling as a share of CoreNLP's own on the text the filter keeps, in"
      + " the same rounds on the same cores). E.g. --min scaling=1.4 --min filter-recall=0.98.")
  Map<String, Double> floors = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    Scaling.Floors floorsGiven = Scaling.Floors.of(floors); // a misspelt floor stops the run before it measures
    Path tmp = Files.createTempDirectory("sitrep-bench");
    try {
      if (inputs.isEmpty()) {
        inputs = List.of(BundledExample.writeTo(tmp).toString());
      }
      List<Article> articles = new ArrayList<>();
      ArticleReader reader = new ArticleReader();
      for (var doc : DocumentSource.documents(DocumentSource.expand(inputs, System.in),
          e -> System.err.println("skipped: " + e.getMessage()))) {
        try {
          articles.add(reader.read(doc, new ReadOptions(published, null)));
        } catch (IngestException e) {
          System.err.println("skipped: " + e.getMessage());
        }
      }
      EventGold goldSet = null;
      if (gold != null) {
        goldSet = EventGold.read(gold, shared);
        goldSet.docs().forEach(d -> articles.add(d.article()));
      }
      if (articles.isEmpty()) {
        System.err.println("error: no readable input to measure");
        return 1;
      }
      long t0 = System.nanoTime();
      NlpPipeline nlp = NlpPipeline.shared();
      Knowledge k = Knowledge.load(Knowledge.UserFiles.NONE);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      Stage<Article, AnnotatedArticle> annotation = EventPipeline.annotation(nlp);
      Stage<AnnotatedArticle, CodedArticle> coding = EventPipeline.coding(k);
      long tokens = 0;
      for (Article a : articles) {
        tokens += nlp.tokenCount(a.body());
      }
      try (EventStore store = EventStore.open(tmp.resolve("bench.duckdb"))) {
        if (rounds == 0) {
          System.out.printf("texts: %d articles, %d tokens; models and gazetteer load: %.1f s%n", articles.size(), tokens,
              loadSeconds);
          return threads.isEmpty() ? 0 : new Scaling(articles, nlp, k, store, tokens, scalingRounds).run(threads, goldSet,
              floorsGiven);
        }
        Timings warmUp = new Timings();
        runPipeline(articles, annotation, coding, store, -1, warmUp); // warm-up of the coder, gazetteer and store
        long coreNanos = 0;
        long pipeNanos = 0;
        Timings split = new Timings();
        int events = 0;
        List<Double> roundRatios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          // alternate which goes first, so that drift in machine load falls on both alike
          long core = 0;
          long pipe = 0;
          for (int half = 0; half < 2; half++) {
            long s = System.nanoTime();
            if ((r + half) % 2 == 0) {
              for (Article a : articles) {
                nlp.annotate(a.body(), a.published());
              }
              core = System.nanoTime() - s;
            } else {
              events = runPipeline(articles, annotation, coding, store, r, split);
              pipe = System.nanoTime() - s;
            }
          }
          coreNanos += core;
          pipeNanos += pipe;
          roundRatios.add((double) pipe / core);
        }
        roundRatios.sort(null);
        double coreSec = coreNanos / 1e9;
        double pipeSec = pipeNanos / 1e9;
        int n = articles.size() * rounds;
        System.out.printf("texts: %d articles, %d tokens; %d measured rounds after 1 warm-up; 1 thread%n",
            articles.size(), tokens, rounds);
        System.out.printf("models and gazetteer load: %.1f s%n", loadSeconds);
        System.out.printf("%-26s %10s %12s %10s%n", "", "articles/s", "tokens/s", "seconds");
        System.out.printf("%-26s %10.3f %12.1f %10.3f%n", "raw CoreNLP annotation", n / coreSec, tokens * rounds / coreSec, coreSec);
        System.out.printf("%-26s %10.3f %12.1f %10.3f%n", "Sitrep pipeline (to store)", n / pipeSec, tokens * rounds / pipeSec, pipeSec);
        System.out.printf("pipeline / CoreNLP time: %.3f overall, median of rounds %.3f (rounds differ by machine load;"
            + " the split below is the direct measure)%n", pipeSec / coreSec, roundRatios.get(roundRatios.size() / 2));
        double own = (split.codingNanos + split.storeNanos) / 1e9;
        System.out.printf("inside the pipeline: CoreNLP %.3f s, actors+places+events %.3f s, DuckDB %.3f s%n",
            split.annotationNanos / 1e9, split.codingNanos / 1e9, split.storeNanos / 1e9);
        System.out.printf("coding after NLP (actors, places, events) on one core: %.0f sentences/s (%d sentences)%n",
            split.sentences / (split.codingNanos / 1e9), split.sentences);
        System.out.printf("Sitrep's own work measured directly: %.3f s = %.1f%% on top of CoreNLP (goal: under 15%%)%n",
            own, 100 * own / (split.annotationNanos / 1e9));
        System.out.printf("events per round: %d%n", events);
        System.out.printf("peak heap: %.0f MB (max heap %.0f MB)%n", Memory.peakHeapBytes() / 1e6,
            Runtime.getRuntime().maxMemory() / 1e6);
        if (!threads.isEmpty()) {
          return new Scaling(articles, nlp, k, store, tokens, scalingRounds).run(threads, goldSet,
              floorsGiven);
        }
      }
      return 0;
    } finally {
      try (var walk = Files.walk(tmp)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Time spent in each part of the pipeline, summed over articles. */
  private static final class Timings {
    long annotationNanos;
    long codingNanos;
    long storeNanos;
    long sentences;
  }

  /**
   * Codes and stores every article once, through the ingest's runner on one worker; each round stores
   * under fresh ids so nothing is skipped. The stages time themselves; the runner times the store.
   */
  private static int runPipeline(List<Article> articles, Stage<Article, AnnotatedArticle> annotation,
                                 Stage<AnnotatedArticle, CodedArticle> coding, EventStore store, int round, Timings t)
      throws java.sql.SQLException {
    List<Article> copies = articles.stream().map(a -> new Article(a.id() + "-r" + round, a.source(), a.location(),
        a.title(), a.published(), a.body(), a.captions())).toList();
    Stage<Article, CodedArticle> timed = a -> {
      long t0 = System.nanoTime();
      AnnotatedArticle annotated = annotation.apply(a);
      long t1 = System.nanoTime();
      CodedArticle coded = coding.apply(annotated);
      t.annotationNanos += t1 - t0;
      t.codingNanos += System.nanoTime() - t1;
      t.sentences += annotated.doc().sentences().size();
      return coded;
    };
    IngestJob.Summary s = new IngestJob(timed, store, 1, IngestJob.COMMIT_GROUP, StoryCopies.IGNORED)
        .runArticles(copies, IngestJob.Listener.benchmark(coded -> { }));
    t.storeNanos += (long) (s.storeSeconds() * 1e9);
    return s.events();
  }
}
