package org.sitrep.domain;

/** How exactly an event date is known (ACLED's time_precision: 1 day, 2 week, 3 month; plus year). */
public enum DatePrecision {
  DAY(1),
  WEEK(2),
  MONTH(3),
  YEAR(3);

  private final int acledCode;

  DatePrecision(int acledCode) {
    this.acledCode = acledCode;
  }

  public int acledCode() {
    return acledCode;
  }
}
