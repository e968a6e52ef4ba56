package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.pipeline.Knowledge;
import picocli.CommandLine.Option;

/** Options naming the user's own knowledge files, shared by the commands that code events. */
final class KnowledgeOptions {
  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor registry file (YAML, as the bundled actors.yaml).")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra event lexicon file (YAML, as the bundled events.yaml).")
  List<Path> lexicon = new ArrayList<>();

  @Option(names = "--regions", paramLabel = "FILE", description = "Extra regions file (YAML, as the bundled regions.yaml).")
  List<Path> regions = new ArrayList<>();

  @Option(names = "--word-lists", paramLabel = "FILE", description = {"More words for the rules' word lists (TSV, as",
      "the bundled word-lists.tsv: 'list<TAB>word'); also $SITREP_WORD_LISTS."})
  List<Path> wordLists = new ArrayList<>();

  @Option(names = "--training", paramLabel = "FILE", description = {"Your own labelled snippets of the news you code",
      "(TSV, as the bundled event-types.tsv: 'label<TAB>text', an ACLED label of acled-types.tsv or a non-event",
      "kind), added to the team's to train the event-type classifier, each counting 3 times; trained once and",
      "cached. Also $SITREP_TRAINING."})
  List<Path> training = new ArrayList<>();

  Knowledge load() throws IOException {
    requireReadable("--actors", actors);
    requireReadable("--lexicon", lexicon);
    requireReadable("--regions", regions);
    requireReadable("--word-lists", wordLists);
    requireReadable("--training", training);
    if (!wordLists.isEmpty()) {
      wordLists.forEach(org.sitrep.text.WordLists::addUserFile); // before any rule reads its list
      readNow(org.sitrep.text.WordLists::bundled);
    }
    if (!training.isEmpty()) {
      training.forEach(org.sitrep.classify.EventTypeClassifier::addUserFile);
      System.err.println("event types: training the classifier with " + training
          + " (once: the model is cached for these files' content)");
      readNow(org.sitrep.classify.EventTypeClassifier::bundled);
    }
    return Knowledge.load(new Knowledge.UserFiles(actors, lexicon, regions));
  }

  /** Reads a user's files now, so a bad line is one error naming it before any work; an I/O error as itself. */
  private static void readNow(Runnable read) throws IOException {
    try {
      read.run();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A mistyped path is one error naming the option, before anything is loaded. */
  private static void requireReadable(String option, List<Path> files) {
    for (Path f : files) {
      if (!java.nio.file.Files.isRegularFile(f) || !java.nio.file.Files.isReadable(f)) {
        throw new IllegalArgumentException(option + " " + f + ": no such file, or not readable");
      }
    }
  }
}
