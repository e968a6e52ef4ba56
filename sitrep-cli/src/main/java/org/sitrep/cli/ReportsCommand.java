package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.store.EventReport;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep reports}: the reports merged into one event, and undoing a merge. */
@Command(name = "reports", mixinStandardHelpOptions = true,
    description = {"List the reports of an event (event_id as sitrep events prints it): source, date, why each",
        "was joined to the event, and its sentence. --separate REPORT undoes a merge: the report becomes an",
        "event of its own again, with its own coding."})
final class ReportsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "EVENT", description = "The event's id.")
  String eventId;

  @Option(names = "--separate", paramLabel = "REPORT", description = "Make this report of the event an event of its own.")
  String separate;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    // separating writes; listing only reads
    try (EventStore store = separate != null ? EventStore.open(db.resolve()) : EventStore.openForReading(db.resolve())) {
      if (separate != null) {
        if (store.reports(eventId).stream().noneMatch(r -> r.reportId().equals(separate))) {
          throw new IllegalArgumentException("event " + eventId + " has no report " + separate);
        }
        store.separate(separate);
        System.out.println("separated report " + separate + " from event " + eventId);
      }
      var reports = store.reports(eventId);
      if (reports.isEmpty()) {
        throw new IllegalArgumentException("no event " + eventId);
      }
      for (EventReport r : reports) {
        System.out.printf("%s  %s  %s  [%s]%s%n    %s%n", r.reportId(), r.date(), r.source(), r.agreed(),
            r.separable() ? "  (separable)" : "", r.sentence().replace('\n', ' '));
      }
    }
    return 0;
  }
}
