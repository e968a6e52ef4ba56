package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option. */
final class DbOption {
  @Option(names = "--db", paramLabel = "PATH",
      description = "DuckDB file (default: $SITREP_DB, else ~/.local/share/sitrep/sitrep.duckdb).")
  Path db;

  Path resolve() {
    return db != null ? db : EventStore.defaultLocation();
  }
}
