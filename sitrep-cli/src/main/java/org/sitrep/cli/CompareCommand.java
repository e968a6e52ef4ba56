package org.sitrep.cli;

import org.sitrep.analysis.PeriodComparison;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep compare}: a period against the one before and the same dates a year earlier. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare the events of a period with the period of equal length before it and with the same",
        "dates a year earlier: rate ratios with exact 95% intervals and exact (conditional binomial) p-values."})
final class CompareCommand extends StoreReadCommand {
  @Mixin
  PeriodOptions period;

  @Override
  int read(EventStore store) throws Exception {
    System.out.println(PeriodComparison.of(store, query.filter(null, null), period.from, period.to).describe());
    return 0;
  }
}
