package org.sitrep.cli;

import org.sitrep.export.EventWriters;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events}: list stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List stored events, oldest first, as a table, CSV (ACLED-style columns), JSON, JSON lines,",
        "GeoJSON or Parquet, with the same columns in every format."})
final class EventsCommand extends StoreReadCommand {
  enum Format { table, csv, json, jsonl, geojson, parquet }

  @Option(names = "--format", defaultValue = "table",
      description = "table, csv, json, jsonl, geojson or parquet (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (required for parquet).")
  java.nio.file.Path out;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  DateRangeOptions dates;

  @Override
  void checkOptions() {
    if (format == Format.parquet && out == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
    }
  }

  @Override
  int read(EventStore store) throws Exception {
    var filter = query.filter(dates.from, dates.to);
    Iterable<StoredEvent> events = store.eachEvent(filter);
    EventWriters.Format as = EventWriters.Format.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
    if (out == null) {
      EventWriters.write(as, events, System.out); // standard output stays open for whatever runs next
    } else {
      try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(out)) {
        EventWriters.write(as, events, file);
      }
      System.err.println("wrote " + store.count(filter) + " events to " + out);
    }
    return 0;
  }
}
