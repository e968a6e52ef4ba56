package org.sitrep.domain;

import java.util.Objects;

/**
 * How many people an event killed, wounded and captured or arrested, each as the text states it: the
 * number and its qualifier ("at least 14", "more than 800", "about 20", "up to 10"), so that an analyst
 * can tell a floor from an estimate. ACLED's {@code fatalities} is the killed number.
 *
 * @param killed   killed, or {@link Count#UNKNOWN}
 * @param wounded  wounded or injured, or {@link Count#UNKNOWN}
 * @param arrested captured, detained or arrested, or {@link Count#UNKNOWN}
 */
public record Counts(Count killed, Count wounded, Count arrested) implements java.io.Serializable {
  public static final Counts NONE = new Counts(Count.UNKNOWN, Count.UNKNOWN, Count.UNKNOWN);

  public Counts {
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(wounded, "wounded");
    Objects.requireNonNull(arrested, "arrested");
  }

  /**
   * One stated number.
   *
   * @param value     the number, -1 when the text gives none
   * @param qualifier "" for an exact figure, else how the text bounds it: "at least", "more than",
   *                  "about", "up to", "fewer than"
   */
  public record Count(int value, String qualifier) implements java.io.Serializable {
    public static final Count UNKNOWN = new Count(-1, "");

    public Count {
      qualifier = value < 0 || qualifier == null ? "" : qualifier;
    }

    public boolean known() {
      return value >= 0;
    }

    /** The larger of two counts of one event told twice (the later telling often knows more). */
    public Count max(Count other) {
      return other.value > value ? other : this;
    }

    /** "at least 14", "7", "" when unknown. */
    @Override
    public String toString() {
      return value < 0 ? "" : qualifier.isEmpty() ? Integer.toString(value) : qualifier + " " + value;
    }
  }

  /** Only the killed number, as older rows and imports give it. */
  public static Counts killedOnly(int fatalities) {
    return new Counts(new Count(fatalities, ""), Count.UNKNOWN, Count.UNKNOWN);
  }

  public Counts max(Counts other) {
    return new Counts(killed.max(other.killed), wounded.max(other.wounded), arrested.max(other.arrested));
  }
}
