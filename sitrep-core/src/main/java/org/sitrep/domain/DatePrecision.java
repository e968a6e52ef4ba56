package org.sitrep.domain;

/** How exactly an event date is known (ACLED's time_precision: 1 day, 2 week, 3 month; plus year). */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** ACLED's time_precision, which has no code above a month: a year is coded as a month. */
  public int acledCode() {
    return switch (this) {
      case DAY -> 1;
      case WEEK -> 2;
      case MONTH, YEAR -> 3;
    };
  }
}
