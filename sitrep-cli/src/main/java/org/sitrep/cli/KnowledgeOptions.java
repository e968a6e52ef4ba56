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

  Knowledge load() throws IOException {
    return Knowledge.load(new Knowledge.UserFiles(actors, lexicon, regions));
  }
}
