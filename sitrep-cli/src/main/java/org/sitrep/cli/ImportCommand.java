package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.coding.CameoMapping;
import org.sitrep.domain.Article;
import org.sitrep.domain.Event;
import org.sitrep.ingest.GdeltImport;
import org.sitrep.ingest.IngestException;
import java.util.concurrent.Callable;
import org.sitrep.ingest.AcledImport;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep import}: events from an ACLED or GDELT export, beside Sitrep's own. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import an ACLED export (CSV with ACLED's column names) or a GDELT 2.0 events export (tab-separated,",
        "61 columns) beside Sitrep's own events, marked with origin \"acled\" or \"gdelt\" and never merged with",
        "them. GDELT events are kept when their CAMEO code has an ACLED counterpart (cameo-acled.tsv).",
        "Importing a file again adds nothing."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "ACLED CSV export or GDELT 2.0 events export.")
  Path file;

  @Option(names = "--cameo-map", paramLabel = "FILE",
      description = "More CAMEO-to-ACLED lines (the form of cameo-acled.tsv), over the built-in ones.")
  List<Path> cameoMaps = new ArrayList<>();

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    int[] bad = {0};
    Consumer<IngestException> rowError = e -> {
      bad[0]++;
      System.err.println("error: " + e.getMessage());
    };
    Article source;
    List<Event> events;
    String origin;
    String skipped = "";
    if (GdeltImport.looksLikeGdelt(file)) {
      GdeltImport.Imported gdelt = GdeltImport.read(file, CameoMapping.load(cameoMaps.toArray(Path[]::new)), rowError);
      source = gdelt.file();
      events = gdelt.events();
      origin = "gdelt";
      skipped = ", " + gdelt.outOfScope() + " GDELT events outside ACLED's categories skipped";
    } else {
      AcledImport.Imported acled = AcledImport.read(file, rowError);
      source = acled.file();
      events = acled.events();
      origin = "acled";
    }
    try (EventStore store = EventStore.open(db.resolve())) {
      int added = store.importEvents(source, events, origin);
      System.out.printf("imported %d %s events from %s (%d already there, %d bad rows%s); database %s (%d events)%n",
          added, origin.toUpperCase(java.util.Locale.ROOT), file, events.size() - added, bad[0], skipped, store.file(),
          store.countEvents());
    }
    return bad[0] == 0 ? 0 : SitrepCommand.PARTIAL;
  }
}
