package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
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
final class EventsCommand implements Callable<Integer> {
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

  @Mixin
  FilterOptions filters;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    if (format == Format.parquet && out == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
    }
    List<StoredEvent> events;
    try (EventStore store = EventStore.openForReading(db.resolve())) {
      events = store.events(filters.filter(dates.from, dates.to));
    }
    if (format == Format.parquet) {
      EventWriters.parquet(events, out);
      System.err.println("wrote " + events.size() + " events to " + out);
      return 0;
    }
    java.io.OutputStream sink = out == null ? System.out : java.nio.file.Files.newOutputStream(out);
    PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(sink, StandardCharsets.UTF_8));
    try {
      switch (format) {
        case csv -> EventWriters.csv(events, writer);
        case json -> EventWriters.json(events, writer);
        case jsonl -> EventWriters.jsonLines(events, writer);
        case geojson -> EventWriters.geoJson(events, writer);
        default -> EventWriters.table(events, writer);
      }
    } finally {
      writer.flush();
      if (out != null) {
        writer.close(); // standard output stays open for whatever runs next in this JVM
      }
    }
    return 0;
  }
}
