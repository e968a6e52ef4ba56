package org.sitrep.cli;

import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep trends}: events and fatalities per day, week, month or year, optionally split. */
@Command(name = "trends", mixinStandardHelpOptions = true,
    description = "Events and fatalities per interval, optionally split by country, admin1, admin2, actor or event type (CSV).")
final class TrendsCommand extends StoreReadCommand {
  @Option(names = "--interval", defaultValue = "MONTH", description = "DAY, WEEK, MONTH or YEAR (default: ${DEFAULT-VALUE}).")
  EventStore.Interval interval;

  @Option(names = "--by", defaultValue = "NONE",
      description = "NONE, COUNTRY, ADMIN1, ADMIN2 (as \"admin1 / admin2\"), ACTOR1, ACTOR2, EVENT_TYPE or SUB_EVENT_TYPE"
          + " (default: ${DEFAULT-VALUE}).")
  EventStore.Grouping by;

  @Mixin
  DateRangeOptions dates;

  @Override
  int read(EventStore store) throws Exception {
    System.out.println("period_start," + (by == EventStore.Grouping.NONE ? "" : by.name().toLowerCase() + ",")
        + "events,fatalities");
    for (EventStore.Bucket b : store.series(query.filter(dates.from, dates.to), interval, by)) {
      System.out.println(b.start() + "," + (by == EventStore.Grouping.NONE ? ""
          : org.sitrep.export.EventWriters.csvCell(b.group()) + ",") + b.events() + "," + b.fatalities());
    }
    return 0;
  }
}
