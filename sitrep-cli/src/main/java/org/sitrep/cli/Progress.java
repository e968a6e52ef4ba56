package org.sitrep.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress bar with rate and ETA on standard error, redrawn in place. Drawn only on a
 * terminal: in a log it would be noise, and the summary line says the same at the end.
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private final String unit;

  Progress(PrintStream err, String unit) {
    this.err = err;
    this.unit = unit;
    this.enabled = System.console() != null;
  }

  /**
   * Within an archive or feed: documents so far and their rate; the ETA still counts inputs, the only
   * total known before reading.
   */
  void documents(int inputIndex, int inputs, int documents) {
    if (!enabled) {
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    err.printf("\r[input %d/%d] %d documents, %.1f documents/s   ", inputIndex, inputs, documents, documents / seconds);
    err.flush();
  }

  void update(int done, int total, String current) {
    if (!enabled || total <= 0) {
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    int filled = (int) Math.round(WIDTH * (double) done / total);
    String name = current.length() > 30 ? "…" + current.substring(current.length() - 29) : current;
    err.printf("\r[%s%s] %d/%d %.1f %s/s ETA %s %-30s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
        rate, unit, format(Duration.ofSeconds(eta)), name);
    if (done == total) {
      err.println();
    }
    err.flush();
  }

  /** Clears the bar so that a message line is not glued to it. */
  void interrupt() {
    if (enabled) {
      err.print("\r" + " ".repeat(WIDTH + 90) + "\r");
    }
  }

  private static String format(Duration d) {
    long s = d.getSeconds();
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
