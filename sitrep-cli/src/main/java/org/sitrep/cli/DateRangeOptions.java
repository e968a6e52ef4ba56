package org.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** An optional event-date range, for the commands that list or aggregate events. */
final class DateRangeOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date, inclusive.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date, inclusive.")
  LocalDate to;
}
