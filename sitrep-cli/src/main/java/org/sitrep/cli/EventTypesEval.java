package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.classify.AcledTypes;
import org.sitrep.classify.EventTypeClassifier;
import org.sitrep.classify.LabelledText;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.Event;
import org.sitrep.eval.EventTypeEvaluation;
import org.sitrep.eval.EventTypeEvaluation.Snippet;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval types}: event typing on labelled snippets, as the CASE 2021 shared task 2 scored it. */
@Command(name = "types", mixinStandardHelpOptions = true,
    description = {"Event types against snippets labelled with ACLED sub-event types (id, EventSnippet, SubType),",
        "through the whole pipeline: weighted F1 over the 25 ACLED labels, per-type precision, recall and F1,",
        "the confusion table, and the false-event rate on the snippets of kinds ACLED does not code.",
        "With --folds K the classifier is trained, K times, on the team's data and the other folds of the file,",
        "and each fold is scored by the model that did not see it."})
final class EventTypesEval implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE.tsv", description = "Labelled snippets (case2021-task2-dev.tsv).")
  Path file;

  @Option(names = "--folds", defaultValue = "0", paramLabel = "K",
      description = "Cross-validate: train on the team's data plus K-1 folds of the file, score the K-th.")
  int folds;

  @Option(names = "--fold-weight", defaultValue = "3", paramLabel = "W",
      description = "With --folds: each snippet of the other folds counts W times the team's (default: ${DEFAULT-VALUE}).")
  double foldWeight;

  @Option(names = "--repeats", defaultValue = "1", paramLabel = "R",
      description = {"With --folds: cross-validate R times, each time with the snippets shuffled into other folds",
          "(seeds 1..R-1 after the file-order split), and print each split's weighted F1 and their mean. The",
          "tables and the floors are the file-order split's."})
  int repeats;

  @Option(names = "--rules-only", description = "The lexicon's rules alone, no classifier (the baseline).")
  boolean rulesOnly;

  @Option(names = "--classifier-only", description = {"The classifier alone on each whole snippet, no parse: what it",
      "adds to the rules is read against this."})
  boolean classifierOnly;

  @Option(names = "--no-filter", description = "Code without the relevance filter.")
  boolean noFilter;

  @Option(names = "--filter-recall", description = {"Also code every snippet without the relevance filter and print",
      "the filter's recall: the share of snippets coded with an event without it that still get one with it."})
  boolean filterRecall;

  @Option(names = "--predictions", paramLabel = "FILE", description = {"Write each snippet's gold label, predicted label",
      "and the first event's roles (actor types, fatalities) as TSV, for reading the errors by kind."})
  Path predictionsFile;

  @Option(names = "--published", defaultValue = "2021-03-31", paramLabel = "YYYY-MM-DD",
      description = "Publication date given to every snippet (they carry none; default: ${DEFAULT-VALUE}).")
  LocalDate published;

  @Option(names = "--min-weighted-f1", defaultValue = "0", paramLabel = "F1", description = "Exit 1 below this weighted F1.")
  double minWeightedF1;

  @Option(names = "--min-type-f1", defaultValue = "0", paramLabel = "F1",
      description = "Exit 1 if a type with at least --min-support snippets has an F1 below this.")
  double minTypeF1;

  @Option(names = "--min-support", defaultValue = "10", paramLabel = "N", description = "See --min-type-f1.")
  int minSupport;

  @Option(names = "--min-coverage", defaultValue = "0", paramLabel = "SHARE",
      description = "Exit 1 if fewer ACLED-type snippets than this share get an event.")
  double minCoverage;

  @Option(names = "--max-false-event-rate", defaultValue = "1", paramLabel = "SHARE",
      description = "Exit 1 if more non-ACLED snippets than this share get an event.")
  double maxFalseEventRate;

  @Override
  public Integer call() throws Exception {
    List<Snippet> snippets = EventTypeEvaluation.read(file);
    AcledTypes types = AcledTypes.bundled();
    Knowledge k = classifierOnly ? null : Knowledge.load(Knowledge.UserFiles.NONE);
    NlpPipeline nlp = classifierOnly ? null : NlpPipeline.shared();
    Map<String, String> predicted = new HashMap<>();
    String filterRecallLine = null;
    long t0 = System.nanoTime();
    if (rulesOnly) {
      code(snippets, EventPipeline.assemble(nlp, k, !noFilter, null), types, predicted);
    } else if (folds < 2) {
      code(snippets, EventTypeClassifier.bundled(), nlp, k, types, predicted);
      if (filterRecall && !classifierOnly && !noFilter) {
        Map<String, String> unfiltered = new HashMap<>();
        code(snippets, EventPipeline.assemble(nlp, k, false, EventTypeClassifier.bundled()), types, unfiltered);
        long coded = snippets.stream().filter(s -> !unfiltered.get(s.id()).equals(EventTypeEvaluation.NO_EVENT)).count();
        long kept = snippets.stream().filter(s -> !unfiltered.get(s.id()).equals(EventTypeEvaluation.NO_EVENT)
            && !predicted.get(s.id()).equals(EventTypeEvaluation.NO_EVENT)).count();
        filterRecallLine = String.format("relevance filter recall: %.3f (%d of the %d snippets coded with an event"
            + " without the filter get one with it)", coded == 0 ? 1.0 : (double) kept / coded, kept, coded);
      }
    } else {
      crossValidate(snippets, 0, nlp, k, types, predicted);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Double> repeated = new ArrayList<>();
    for (int seed = 1; folds >= 2 && seed < repeats; seed++) {
      Map<String, String> again = new HashMap<>();
      crossValidate(snippets, seed, nlp, k, types, again);
      repeated.add(EventTypeEvaluation.score(snippets, s -> again.get(s.id()), types.labels()).weightedF1());
    }
    EventTypeEvaluation.Result r = EventTypeEvaluation.score(snippets, s -> predicted.get(s.id()), types.labels());
    System.out.printf("%s: %d snippets (%d of ACLED types, %d of kinds ACLED does not code); %s; %.1f snippets/s%n",
        file.getFileName(), snippets.size(), r.acled(), r.notEvents(),
        rulesOnly ? "rules only" : (classifierOnly ? "classifier alone, " : "")
            + (folds >= 2 ? folds + "-fold cross-validation (scores on folds the model did not see)"
            : "classifier trained on the team's data only"), snippets.size() / seconds);
    double[] interval = EventTypeEvaluation.bootstrapInterval(snippets, s -> predicted.get(s.id()), types.labels(),
        1000, 0.95, 1);
    System.out.printf("weighted F1 over the ACLED labels %.3f (95%% bootstrap interval over the snippets %.3f-%.3f);"
        + " ACLED-type snippets with an event %.3f (%d/%d); false-event rate %.3f (%d/%d)%n", r.weightedF1(),
        interval[0], interval[1], r.coverage(), r.acledWithEvent(), r.acled(), r.falseEventRate(), r.falseEvents(),
        r.notEvents());
    if (!repeated.isEmpty()) {
      repeated.add(0, r.weightedF1());
      java.util.DoubleSummaryStatistics stats = repeated.stream().mapToDouble(Double::doubleValue).summaryStatistics();
      System.out.printf("repeated %d-fold cross-validation, %d splits: weighted F1 %s; mean %.3f (%.3f-%.3f)%n", folds,
          repeated.size(), repeated.stream().map(v -> String.format("%.3f", v)).reduce((a, b) -> a + " " + b).orElse(""),
          stats.getAverage(), stats.getMin(), stats.getMax());
    }
    if (filterRecallLine != null) {
      System.out.println(filterRecallLine);
    }
    System.out.printf("  %-32s %7s %9s %6s %6s%n", "type", "support", "precision", "recall", "F1");
    boolean typeBelow = false;
    for (EventTypeEvaluation.LabelScore s : r.labels()) {
      boolean below = s.relevant() >= minSupport && s.f1() < minTypeF1;
      typeBelow |= below;
      System.out.printf("  %-32s %7d %9.3f %6.3f %6.3f%s%n", s.label(), s.relevant(), s.precision(), s.recall(), s.f1(),
          below ? "  below the floor" : "");
    }
    System.out.println("confusion, gold label: predicted label=count (first event of the snippet; (none): no event)");
    r.confusion().forEach((gold, row) -> System.out.printf("  %-32s %s%n", gold, row.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(e -> e.getKey() + "=" + e.getValue())
        .reduce((a, b) -> a + " " + b).orElse("")));
    if (predictionsFile != null) {
      writePredictions(snippets, predicted);
    }
    boolean failed = r.weightedF1() < minWeightedF1 || typeBelow || r.coverage() < minCoverage
        || r.falseEventRate() > maxFalseEventRate;
    if (failed) {
      System.out.printf("FAIL: below the floors (weighted F1 %.2f, type F1 %.2f, coverage %.2f, false-event rate %.2f)%n",
          minWeightedF1, minTypeF1, minCoverage, maxFalseEventRate);
    }
    return failed ? 1 : 0;
  }

  /**
   * One K-fold cross-validation: each fold of the split ({@code seed} 0: file order) coded by a classifier
   * trained on the team's data and the other folds.
   */
  private void crossValidate(List<Snippet> snippets, long seed, NlpPipeline nlp, Knowledge k, AcledTypes types,
                             Map<String, String> predicted) {
    List<List<Snippet>> split = EventTypeEvaluation.folds(snippets, folds, seed);
    List<LabelledText> team = LabelledText.teamData();
    for (int f = 0; f < folds; f++) {
      List<LabelledText> others = new ArrayList<>();
      for (int g = 0; g < folds; g++) {
        if (g != f) {
          split.get(g).forEach(s -> others.add(new LabelledText(s.label(), s.text())));
        }
      }
      EventTypeClassifier fold = EventTypeClassifier.train(EventTypeClassifier.defaultEncoder(), team, others, foldWeight);
      code(split.get(f), fold, nlp, k, types, predicted);
      System.out.printf("%sfold %d of %d: %d snippets scored, trained on %d%n", seed == 0 ? "" : "split " + (seed + 1) + ", ",
          f + 1, folds, split.get(f).size(), team.size() + others.size());
    }
  }

  private void code(List<Snippet> snippets, EventTypeClassifier classifier, NlpPipeline nlp, Knowledge k,
                    AcledTypes types, Map<String, String> predicted) {
    if (!classifierOnly) {
      code(snippets, EventPipeline.assemble(nlp, k, !noFilter, classifier), types, predicted);
      return;
    }
    for (Snippet s : snippets) {
      EventTypeClassifier.Prediction p = classifier.classify(s.text());
      predicted.put(s.id(), p.isEvent() ? p.label() : EventTypeEvaluation.NO_EVENT);
    }
  }

  /**
   * The roles of each snippet's first event, for {@code --predictions}: as the scored run coded it (it
   * codes each snippet first; --filter-recall's run without the filter comes after and is not kept).
   */
  private final Map<String, String> roles = new HashMap<>();

  private void writePredictions(List<Snippet> snippets, Map<String, String> predicted) throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    lines.add("id\tgold\tpredicted\tactor1_type\tactor2_type\tfatalities\twounded\tarrested");
    for (Snippet s : snippets) {
      lines.add(s.id() + "\t" + s.label() + "\t" + predicted.get(s.id()) + "\t"
          + roles.getOrDefault(s.id(), "\t\t\t\t"));
    }
    java.nio.file.Files.write(predictionsFile, lines);
  }

  private static String roles(Event e) {
    return (e.actor1() == null ? "" : e.actor1().type()) + "\t" + (e.actor2() == null ? "" : e.actor2().type()) + "\t"
        + e.fatalities() + "\t" + e.counts().wounded().value() + "\t" + e.counts().arrested().value();
  }

  /** Codes each snippet as an article of its own; its prediction is the type of its first event. */
  private void code(List<Snippet> snippets, Stage<Article, CodedArticle> pipeline, AcledTypes types,
                    Map<String, String> predicted) {
    for (Snippet s : snippets) {
      Article a = new Article("case2021-" + s.id(), "CASE 2021", "case2021:" + s.id(), "", published, s.text(), List.of());
      java.util.Optional<Event> first = pipeline.apply(a).events().stream()
          .min(Comparator.comparingInt(e -> e.evidence().start()));
      first.ifPresent(e -> roles.putIfAbsent(s.id(), roles(e)));
      String label = first
          .map(e -> {
            String l = types.labelOf(e.type().acledSubType());
            return l == null ? "?" + e.type().acledSubType() : l;
          }).orElse(EventTypeEvaluation.NO_EVENT);
      predicted.put(s.id(), label);
    }
  }
}
