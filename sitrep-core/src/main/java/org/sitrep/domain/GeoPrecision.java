package org.sitrep.domain;

/**
 * How exactly an event's place is known. Codes follow ACLED's geo_precision (1 = the place itself,
 * 2 = near it or in its district, 3 = a larger region), refined so admin levels stay distinguishable.
 */
public enum GeoPrecision {
  EXACT,
  NEAR,
  ADMIN2,
  ADMIN1,
  REGION,
  COUNTRY;

  /** ACLED's geo_precision: the place itself, near it or in its district, or a larger area. */
  public int acledCode() {
    return switch (this) {
      case EXACT -> 1;
      case NEAR, ADMIN2 -> 2;
      case ADMIN1, REGION, COUNTRY -> 3;
    };
  }
}
