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
    description = "List stored events, oldest first, as a table, CSV (ACLED-style columns), JSON or JSON lines.")
final class EventsCommand implements Callable<Integer> {
  enum Format { table, csv, json, jsonl }

  @Option(names = "--format", defaultValue = "table", description = "table, csv, json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  DateRangeOptions dates;

  @Mixin
  FilterOptions filters;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    List<StoredEvent> events;
    try (EventStore store = EventStore.open(db.resolve())) {
      events = store.events(filters.filter(dates.from, dates.to));
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    switch (format) {
      case csv -> EventWriters.csv(events, out);
      case json -> EventWriters.json(events, out);
      case jsonl -> EventWriters.jsonLines(events, out);
      default -> EventWriters.table(events, out);
    }
    return 0;
  }
}
