package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.ExtractionBenchmark;
import org.sitrep.eval.GeoDataset;
import org.sitrep.eval.GeoEvaluation;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval}: measure a stage against a published gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate Sitrep against gold data.",
    subcommands = {EvalCommand.Geo.class, EvalCommand.Extraction.class, EvalCommand.Events.class,
        EventTypesEval.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code sitrep eval geo}: geoparsing on TR-News / GeoWebNews-format files. */
  @Command(name = "geo", mixinStandardHelpOptions = true,
      description = {"Geoparsing accuracy on TR-News or GeoWebNews files: accuracy@161 km with gold spans,",
          "and with --end-to-end also recognition precision/recall/F1 (CoreNLP + gazetteer) over exact spans."})
  static final class Geo implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "TR-News.xml or GeoWebNews.xml files.")
    List<Path> datasets;

    @Option(names = "--end-to-end", description = "Also recognise toponyms in the texts and score the spans.")
    boolean endToEnd;

    @Option(names = "--misses", paramLabel = "FILE", description = {"Write the gold toponyms placed wrong or not at all (TSV); with --end-to-end also",
        "the spans recognised that are not gold (spurious) and the gold spans not recognised (missed)."})
    Path misses;

    @Option(names = "--min-f1", defaultValue = "0", paramLabel = "F1",
        description = "With --end-to-end: exit 1 if a dataset's recognition F1 is below this (CI's floor).")
    double minF1;

    @Option(names = "--min-accuracy", paramLabel = "DATASET=ACC",
        description = "Exit 1 if the named dataset's accuracy@161 km with gold spans is below ACC (CI's floor),"
            + " e.g. GeoWebNews.xml=0.88; repeatable.")
    java.util.Map<String, Double> minAccuracy = new java.util.HashMap<>();

    @Override
    public Integer call() throws Exception {
      int status = 0;
      long t0 = System.nanoTime();
      Knowledge k = Knowledge.load(Knowledge.UserFiles.NONE);
      System.out.printf("gazetteer: %d entries, loaded in %.2f s%n", k.gazetteer().size(), (System.nanoTime() - t0) / 1e9);
      PlaceResolver resolver = new PlaceResolver(k.gazetteer());
      java.io.PrintWriter missOut = misses == null ? null : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(misses));
      for (Path file : datasets) {
        GeoDataset data = GeoDataset.read(file);
        GeoEvaluation.Resolution r = GeoEvaluation.resolveGoldSpans(data, resolver,
            (lat, lon) -> k.gazetteer().nearestPlace(lat, lon, 0)
                .map(e -> k.gazetteer().toPlace(e, org.sitrep.domain.GeoPrecision.EXACT)),
            line -> {
              if (missOut != null) {
                missOut.println(data.name() + "\t" + line);
              }
            });
        System.out.printf("%s: %d articles, %d gold toponyms with coordinates%n", data.name(), data.docs().size(),
            data.toponymCount());
        System.out.printf("  gold spans: accuracy@161km %.3f (%d/%d), resolved %d, median error %.0f km, mean error"
                + " %.0f km (resolved ones), AUC of log errors %.3f; %.0f toponyms/s%n", r.accuracy(), r.within161(),
            r.toponyms(), r.resolved(), r.medianErrorKm(), r.meanErrorKm(), r.auc(), r.toponyms() / r.resolveSeconds());
        System.out.printf("  gold spans, areas scored by containment: accuracy %.3f (%d/%d): a toponym resolved to a"
            + " country or first-level division that holds the gold point counts as a hit%n", r.accuracyByArea(),
            r.withinByArea(), r.toponyms());
        System.out.printf("  unresolved names with the story's most-named place as a hint: %d of %d within 161 km"
            + " (a flagged hint, not a resolution: counting them would give %.3f)%n", r.hintsWithin161(), r.hinted(),
            r.accuracyWithHints());
        Double floor = minAccuracy.get(data.name());
        if (floor != null && r.accuracy() < floor) {
          System.out.printf("  FAIL: accuracy@161km %.4f is below the floor %.3f%n", r.accuracy(), floor);
          status = 1;
        }
        if (endToEnd) {
          var places = EventPipeline.annotation(NlpPipeline.shared()).then(EventPipeline.places(k));
          Progress progress = new Progress(System.err, "docs");
          GeoEvaluation.Recognition e = GeoEvaluation.recognize(data, places,
              n -> progress.update(n, data.docs().size(), data.name()), line -> {
                if (missOut != null) {
                  missOut.println(data.name() + "\t" + line);
                }
              });
          System.out.printf("  end to end: precision %.3f recall %.3f F1 %.3f (%d matched of %d gold, %d predicted);"
                  + " matched within 161 km %d%n", e.precision(), e.recall(), e.f1(), e.hits(), e.relevant(), e.retrieved(),
              e.matchedWithin161());
          if (e.f1() < minF1) {
            System.out.printf("  FAIL: end-to-end F1 %.3f is below the floor %.3f%n", e.f1(), minF1);
            status = 1;
          }
        }
      }
      if (missOut != null) {
        missOut.close();
      }
      return status;
    }
  }

  /** {@code sitrep eval extraction}: article extraction on the article-extraction benchmark's pages. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"Article-body extraction scored with the article-extraction benchmark's metric (4-token",
          "shingles, mean precision and recall over pages), for Sitrep and, in the same run, boilerpipe and",
          "Readability4J."})
  static final class Extraction implements Callable<Integer> {
    @Option(names = "--html", required = true, paramLabel = "DIR", description = "Directory of ID.html.gz pages.")
    Path html;

    @Option(names = "--truth", required = true, paramLabel = "FILE",
        description = "ground-truth.json: {ID: {articleBody, url}}.")
    Path truth;

    @Option(names = "--misses", paramLabel = "FILE", description = "Write Sitrep's per-page scores, worst first (TSV).")
    Path misses;

    @Option(names = "--min-f1", paramLabel = "F1", description = "Exit 1 if Sitrep's F1 is below this (CI's floor).")
    double minF1 = 0;

    @Option(names = "--min-page-f1", paramLabel = "F1",
        description = "Exit 1 if a page whose truth has an article scores below this with Sitrep.")
    double minPageF1 = 0;

    @Option(names = "--leave-sites-out", description = {"Also estimate how the extractor's thresholds generalise:",
        "each site's pages scored with the thresholds (among the defaults and each one halved or raised by half)",
        "that did best on the other sites' pages."})
    boolean leaveSitesOut;

    @Override
    public Integer call() throws Exception {
      List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.pages(html, truth);
      org.sitrep.ingest.HtmlArticleExtractor sitrep = new org.sitrep.ingest.HtmlArticleExtractor();
      java.util.Map<String, Integer> bodySources = new java.util.TreeMap<>();
      java.util.Map<String, ExtractionBenchmark.Extractor> extractors = new java.util.LinkedHashMap<>();
      extractors.put("Sitrep", (doc, raw, url) -> {
        var x = sitrep.extract(doc);
        bodySources.merge(x.bodySource().toString(), 1, Integer::sum);
        return String.join("\n\n", x.paragraphs());
      });
      extractors.put("boilerpipe 1.2.2 (ArticleExtractor)",
          (doc, raw, url) -> de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(raw));
      extractors.put("Readability4J 1.0.8",
          (doc, raw, url) -> new net.dankito.readability4j.Readability4J(url, raw).parse().getTextContent());
      System.out.printf("%d pages; metric: article-extraction-benchmark (4-token shingles)%n", pages.size());
      long dated = pages.stream().filter(p -> sitrep.extract(p.parse()).published() != null).count();
      System.out.printf("Sitrep found a publication date on %d of %d pages (%.1f%%)%n", dated, pages.size(),
          100.0 * dated / pages.size());
      ExtractionBenchmark.Run sitrepRun = null;
      System.out.printf("%-36s %9s %9s %9s %9s%n", "extractor", "precision", "recall", "F1", "pages/s");
      for (var entry : extractors.entrySet()) {
        ExtractionBenchmark.Run run = ExtractionBenchmark.run(pages, entry.getValue());
        System.out.printf("%-36s %9.4f %9.4f %9.4f %9.1f%n", entry.getKey(), run.total().precision(),
            run.total().recall(), run.total().f1(), run.pagesPerSecond());
        if (entry.getKey().equals("Sitrep")) {
          sitrepRun = run;
        }
      }
      if (misses != null) {
        List<String> worst = new java.util.ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
          var s = sitrepRun.pages().get(i);
          worst.add(String.format("%.3f\t%.3f\t%.3f\t%s\t%s", s.tp(), s.fp(), s.fn(), pages.get(i).id(),
              pages.get(i).url()));
        }
        worst.sort(null);
        java.nio.file.Files.write(misses, worst);
      }
      System.out.println("Sitrep's body came from: " + bodySources);
      List<ExtractionBenchmark.PageF1> low = ExtractionBenchmark.below(pages, sitrepRun, 0.5);
      low.forEach(p -> System.out.printf("page below F1 0.5: %.3f %s%n", p.f1(), p.page().url()));
      System.out.printf("pages with an article scoring below F1 0.5: %d%n", low.size());
      if (leaveSitesOut) {
        printLeaveSitesOut(ExtractionBenchmark.leaveSitesOut(pages));
      }
      if (sitrepRun.total().f1() < minF1) {
        System.out.printf("FAIL: Sitrep's F1 %.4f is below the floor %.4f%n", sitrepRun.total().f1(), minF1);
        return 1;
      }
      if (minPageF1 > 0 && !low.isEmpty()) {
        System.out.printf("FAIL: %d pages score below F1 %.2f%n", low.size(), minPageF1);
        return 1;
      }
      return 0;
    }

    private static void printLeaveSitesOut(ExtractionBenchmark.SitesOut out) {
      System.out.printf("leave-sites-out (%d sites; each scored with the thresholds, among %d settings, that did best"
          + " without it): precision %.4f, recall %.4f, F1 %.4f; the defaults chosen for %d sites%n",
          out.sites(), out.candidates().size(), out.total().precision(), out.total().recall(), out.total().f1(),
          out.result().chosen()[0]);
      for (int s = 0; s < out.candidates().size(); s++) {
        System.out.printf("  F1 %.4f on all pages, chosen for %3d sites: %s%n", out.onAllPages().get(s).f1(),
            out.result().chosen()[s], out.candidates().get(s));
      }
    }
  }

  /** {@code sitrep eval events}: the coder against the team's event gold set. */
  @Command(name = "events", mixinStandardHelpOptions = true,
      description = {"Event coding against the event gold set: event-level precision, recall and F1 (a match is",
          "the same document, ACLED event type, date within one day and place within 50 km), per-field",
          "accuracy over the matched events, and a confusion table of event types by sentence."})
  static final class Events implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold file (eval/events-gold.yaml).")
    Path goldFile;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
        description = "Folder the gold set's documents are read from (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--no-filter", description = "Code without the relevance filter.")
    boolean noFilter;

    @Option(names = "--list", description = "List every gold event's outcome and every spurious event.")
    boolean list;

    @Option(names = "--evidence", description = "With --list: print each coded event's supporting sentence under it.")
    boolean evidence;

    @Option(names = "--min-precision", defaultValue = "0", paramLabel = "P", description = "Exit 1 below this precision.")
    double minPrecision;

    @Option(names = "--min-recall", defaultValue = "0", paramLabel = "R", description = "Exit 1 below this recall.")
    double minRecall;

    @Override
    public Integer call() throws Exception {
      org.sitrep.eval.EventGold gold = org.sitrep.eval.EventGold.read(goldFile, shared);
      var pipeline = EventPipeline.assemble(NlpPipeline.shared(), Knowledge.load(Knowledge.UserFiles.NONE), !noFilter);
      var r = org.sitrep.eval.EventEvaluation.score(gold, pipeline::apply);
      System.out.printf("gold: %d events in %d documents; coded: %d events%n", r.outcomes().size(), gold.docs().size(),
          r.coded());
      System.out.printf("event level: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f%n", r.precision(), r.matched(),
          r.coded(), r.recall(), r.matched(), r.outcomes().size(), r.f1());
      System.out.printf("over the %d matched: actor1 %.3f, actor2 %.3f, fatalities %.3f, sub-event type %.3f%n",
          r.matched(),
          r.fieldAccuracy(o -> org.sitrep.eval.EventEvaluation.sameActor(o.gold().actor1(), o.matched().actor1())),
          r.fieldAccuracy(o -> org.sitrep.eval.EventEvaluation.sameActor(o.gold().actor2(), o.matched().actor2())),
          r.fieldAccuracy(o -> Math.max(0, o.gold().fatalities()) == Math.max(0, o.matched().fatalities())),
          r.fieldAccuracy(o -> o.gold().subEventType().equals(o.matched().type().acledSubType())));
      System.out.println("event types, gold (rows) against coded from the same sentence:");
      r.confusion().forEach((goldType, row) -> System.out.printf("  %-28s %s%n", goldType, row));
      if (list) {
        for (var o : r.outcomes()) {
          var g = o.gold();
          System.out.printf("  %s %s [%d,%d] %s %s %s (killed %d): %s%n", o.matched() != null ? "MATCH" : "MISS ", g.doc(),
              g.start(), g.end(), g.subEventType(), g.date(), g.location(), g.fatalities(), o.matched() != null ? describe(o.matched())
                  : o.sameSentence() == null ? "nothing coded from the sentence" : describe(o.sameSentence()));
          printEvidence(o.matched() != null ? o.matched() : o.sameSentence());
        }
        for (var e : r.spurious()) {
          System.out.println("  SPURIOUS " + describe(e));
          printEvidence(e);
        }
      }
      boolean failed = r.precision() < minPrecision || r.recall() < minRecall;
      if (failed) {
        System.out.printf("FAIL: below the floors (precision %.2f, recall %.2f)%n", minPrecision, minRecall);
      }
      return failed ? 1 : 0;
    }

    private void printEvidence(org.sitrep.domain.Event e) {
      if (evidence && e != null) {
        System.out.printf("      [%d,%d] %s%n", e.evidence().start(), e.evidence().end(),
            e.evidence().sentence().replace('\n', ' '));
      }
    }

    private static String describe(org.sitrep.domain.Event e) {
      return e.type().acledSubType() + " " + e.date().date() + " (" + e.date().precision() + ") "
          + (e.place() == null ? "no place" : e.place().name() + ", " + e.place().country()) + " | "
          + (e.actor1() == null ? "-" : e.actor1().name()) + " vs " + (e.actor2() == null ? "-" : e.actor2().name())
          + " | killed " + (e.counts().killed().known() ? e.counts().killed() : "-")
          + " | \"" + e.evidence().trigger() + "\" in " + e.articleId();
    }
  }
}
