package org.sitrep.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import org.sitrep.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep bench synthetic}: a store of synthetic events, for load tests of the server. */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
    description = "Write N synthetic events (as sitrep bench analysis makes them) into a new store, for load tests.")
final class SyntheticCommand implements Callable<Integer> {
  @Option(names = "--events", defaultValue = "1000000", description = "Events (default: ${DEFAULT-VALUE}).")
  long events;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    var file = db.resolve();
    if (Files.exists(file)) {
      throw new IllegalArgumentException(file + " exists: synthetic events go into a new store only");
    }
    EventStore.open(file).close();
    SyntheticEvents.fill(file, events);
    System.out.printf("%,d synthetic events in %s%n", events, file);
    return 0;
  }
}
