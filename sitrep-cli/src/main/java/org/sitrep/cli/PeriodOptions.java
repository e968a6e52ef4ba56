package org.sitrep.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The period a comparison or report is about: both ends required. */
final class PeriodOptions {
  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period.")
  LocalDate to;
}
