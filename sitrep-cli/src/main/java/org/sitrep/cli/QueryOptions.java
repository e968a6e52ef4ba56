package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What the commands that list or count events read: the store ({@code --db}) and the event filters. */
final class QueryOptions {
  @Mixin
  DbOption db;

  @Option(names = "--country", paramLabel = "ISO2", description = "Country code, e.g. SY.")
  String country;

  @Option(names = "--admin1", paramLabel = "NAME", description = "First-level division, e.g. \"Deir ez-Zor\".")
  String admin1;

  @Option(names = "--actor", paramLabel = "NAME", description = "Actor on either side (substring, any case).")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Sitrep type (arrest), ACLED event type (Battles) or sub-event type (Arrests).")
  String type;

  /** The store, opened for reading only: a read command never changes or creates it. */
  EventStore openStore() throws java.sql.SQLException {
    return EventStore.openForReading(db.resolve());
  }

  EventFilter filter(LocalDate from, LocalDate to) {
    return new EventFilter(from, to, country, admin1, actor, type);
  }
}
