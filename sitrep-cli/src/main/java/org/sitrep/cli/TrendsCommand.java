package org.sitrep.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep trends}: events and fatalities per day, week, month or year, optionally split. */
@Command(name = "trends", mixinStandardHelpOptions = true,
    description = "Events and fatalities per interval, optionally split by country, admin1, actor or event type (CSV).")
final class TrendsCommand implements Callable<Integer> {
  @Option(names = "--interval", defaultValue = "MONTH", description = "DAY, WEEK, MONTH or YEAR (default: ${DEFAULT-VALUE}).")
  EventStore.Interval interval;

  @Option(names = "--by", defaultValue = "NONE",
      description = "NONE, COUNTRY, ADMIN1, ACTOR1, EVENT_TYPE or SUB_EVENT_TYPE (default: ${DEFAULT-VALUE}).")
  EventStore.Grouping by;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date, inclusive.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date, inclusive.")
  LocalDate to;

  @Mixin
  FilterOptions filters;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    try (EventStore store = EventStore.open(db.resolve())) {
      System.out.println("period_start," + (by == EventStore.Grouping.NONE ? "" : by.name().toLowerCase() + ",")
          + "events,fatalities");
      for (EventStore.Bucket b : store.series(filters.filter(from, to), interval, by)) {
        System.out.println(b.start() + "," + (by == EventStore.Grouping.NONE ? ""
            : org.sitrep.export.EventWriters.csvCell(b.group()) + ",") + b.events() + "," + b.fatalities());
      }
    }
    return 0;
  }
}
