package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.coding.ActorRecognizer;
import org.sitrep.eval.GeoDataset;
import org.sitrep.eval.GeoEvaluation;
import org.sitrep.geo.PlaceRecognizer;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval}: measure a stage against a published gold set. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate Sitrep against gold data.",
    subcommands = {EvalCommand.Geo.class})
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

    @Option(names = "--misses", paramLabel = "FILE", description = "Write the gold toponyms placed wrong or not at all (TSV).")
    Path misses;

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      Knowledge k = Knowledge.load(Knowledge.UserFiles.NONE);
      System.out.printf("gazetteer: %d entries, loaded in %.2f s%n", k.gazetteer().size(), (System.nanoTime() - t0) / 1e9);
      PlaceResolver resolver = new PlaceResolver(k.gazetteer());
      java.io.PrintWriter missOut = misses == null ? null : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(misses));
      for (Path file : datasets) {
        GeoDataset data = GeoDataset.read(file);
        long s = System.nanoTime();
        GeoEvaluation.Resolution r = GeoEvaluation.resolveGoldSpans(data, resolver,
            line -> {
              if (missOut != null) {
                missOut.println(data.name() + "\t" + line);
              }
            });
        double seconds = (System.nanoTime() - s) / 1e9;
        System.out.printf("%s: %d articles, %d gold toponyms with coordinates%n", data.name(), data.docs().size(),
            data.toponymCount());
        System.out.printf("  gold spans: accuracy@161km %.3f (%d/%d), resolved %d, median error %.0f km; "
                + "%.0f toponyms/s%n", r.accuracy(), r.within161(), r.toponyms(), r.resolved(), r.medianErrorKm(),
            r.toponyms() / seconds);
        if (endToEnd) {
          var places = EventPipeline.annotation(NlpPipeline.shared())
              .then(new ActorRecognizer(k.actors()))
              .then(new PlaceRecognizer(k.gazetteer(), k.regions()));
          Progress progress = new Progress(System.err, "docs");
          GeoEvaluation.Recognition e = GeoEvaluation.recognize(data, places,
              n -> progress.update(n, data.docs().size(), data.name()));
          System.out.printf("  end to end: precision %.3f recall %.3f F1 %.3f (%d matched of %d gold, %d predicted);"
                  + " matched within 161 km %d%n", e.precision(), e.recall(), e.f1(), e.matched(), e.gold(), e.predicted(),
              e.matchedWithin161());
        }
      }
      if (missOut != null) {
        missOut.close();
      }
      return 0;
    }
  }
}
