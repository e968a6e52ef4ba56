package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.ingest.ReadOptions;
import picocli.CommandLine.Option;

/** What to assume of a document whose metadata does not say: its date and its publisher. */
final class ReadDefaults {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for documents whose"
      + " metadata has none; without one, relative dates (\"on Wednesday\") are left unresolved.")
  LocalDate published;

  @Option(names = "--source", paramLabel = "NAME", description = "Publisher name for documents whose metadata has none.")
  String source;

  ReadOptions options() {
    return new ReadOptions(published, source);
  }
}
