package org.sitrep.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that code articles. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "N",
      description = "Articles coded at once (default: the number of cores, ${DEFAULT-VALUE}); CoreNLP's models are shared.")
  int threads = Runtime.getRuntime().availableProcessors();
}
