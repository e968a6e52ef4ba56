package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.ingest.AcledImport;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep import}: events from an ACLED export, beside Sitrep's own. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import an ACLED export (CSV with ACLED's column names) beside Sitrep's own events, marked with",
        "origin \"acled\" and never merged with them. Importing a file again adds nothing."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "ACLED CSV export.")
  Path file;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    int[] bad = {0};
    AcledImport.Imported imported = AcledImport.read(file, e -> {
      bad[0]++;
      System.err.println("error: " + e.getMessage());
    });
    try (EventStore store = EventStore.open(db.resolve())) {
      int added = store.importEvents(imported.file(), imported.events(), "acled");
      System.out.printf("imported %d events from %s (%d already there, %d bad rows); database %s (%d events)%n", added,
          file, imported.events().size() - added, bad[0], store.file(), store.countEvents());
    }
    return bad[0] == 0 ? 0 : SitrepCommand.PARTIAL;
  }
}
