package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.EventFilter;
import picocli.CommandLine.Option;

/** The event filters shared by the commands that list or count events. */
final class FilterOptions {
  @Option(names = "--country", paramLabel = "ISO2", description = "Country code, e.g. SY.")
  String country;

  @Option(names = "--admin1", paramLabel = "NAME", description = "First-level division, e.g. \"Deir ez-Zor\".")
  String admin1;

  @Option(names = "--actor", paramLabel = "NAME", description = "Actor on either side (substring, any case).")
  String actor;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Sitrep type (arrest), ACLED event type (Battles) or sub-event type (Arrests).")
  String type;

  EventFilter filter(LocalDate from, LocalDate to) {
    return new EventFilter(from, to, country, admin1, actor, type);
  }
}
