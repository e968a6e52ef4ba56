package org.sitrep.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An event date: the first day of the period it names, how wide that period is, and its origin. */
public record EventDate(LocalDate date, DatePrecision precision, DateSource source) implements java.io.Serializable {
  public EventDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
  }
}
