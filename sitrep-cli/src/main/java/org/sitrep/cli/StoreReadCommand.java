package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Mixin;

/**
 * A command that answers from the store without changing it: its {@code --db} and event filters, and
 * the store opened for reading around {@link #read}. A page of events that cannot be read is reported
 * as the store's own error.
 */
abstract class StoreReadCommand implements Callable<Integer> {
  @Mixin
  QueryOptions query;

  @Override
  public final Integer call() throws Exception {
    checkOptions();
    try (EventStore store = query.openStore()) {
      return read(store);
    } catch (EventStore.ReadFailure e) {
      throw e.getCause();
    }
  }

  /** Refuses options that do not go together, before the store is opened: a usage error needs no store. */
  void checkOptions() {
  }

  /** The command's work on the open store; its exit code. */
  abstract int read(EventStore store) throws Exception;
}
