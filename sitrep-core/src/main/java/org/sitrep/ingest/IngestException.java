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

  public String location() {
    return location;
  }

  public Problem problem() {
    return problem;
  }
}
