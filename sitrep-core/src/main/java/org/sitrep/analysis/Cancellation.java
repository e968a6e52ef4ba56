package org.sitrep.analysis;

import java.util.concurrent.CancellationException;

/**
 * Where a long analysis stops when its thread is interrupted: a server that gives up on a question
 * past its deadline interrupts the thread computing it, and the loops of the analyses check here, so
 * the cores go back to work for other questions instead of finishing an answer no one will read.
 */
public final class Cancellation {
  private Cancellation() {
  }

  /** Throws if the current thread was interrupted; its interrupt stays set for whoever catches this. */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted: the question was given up");
    }
  }
}
