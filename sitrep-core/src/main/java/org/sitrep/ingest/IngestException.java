package org.sitrep.ingest;

/** An input that cannot become an article; the message names the input and says what is wrong with it. */
public final class IngestException extends Exception {
  /** What kind of bad input it was, for the run's summary. */
  public enum Problem {
    UNREADABLE, EMPTY, BINARY, ENCODING, TRUNCATED, MALFORMED, TOO_LARGE, NO_TEXT, NO_DATE
  }

  private final String location;
  private final Problem problem;

  public IngestException(String location, Problem problem, String detail) {
    super(location + ": " + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + detail);
    this.location = location;
    this.problem = problem;
  }

  /**
   * One input's failure that is not a bad input the readers know (a parser's bug, a stack or memory
   * exhausted by one hostile page) as that input's error, so the run goes on. Only failures that leave
   * the JVM sound are turned into an error: anything else is thrown again.
   */
  public static IngestException isolated(String location, String stage, Throwable t) {
    if (!isolatable(t)) {
      if (t instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(t);
    }
    String what = t instanceof StackOverflowError ? "nested too deeply to read"
        : t instanceof OutOfMemoryError ? "too large to hold in memory" : t.toString();
    return new IngestException(location, t instanceof OutOfMemoryError ? Problem.TOO_LARGE : Problem.MALFORMED,
        stage + " failed (" + what + "); the input was skipped");
  }

  /** A per-input failure the run survives: any exception, a stack overflow, one input's memory. */
  public static boolean isolatable(Throwable t) {
    return t instanceof Exception || t instanceof StackOverflowError || t instanceof OutOfMemoryError
        || t instanceof AssertionError;
  }

  public String location() {
    return location;
  }

  public Problem problem() {
    return problem;
  }
}
