package org.sitrep.domain;

/**
 * How exactly an event's place is known. Codes follow ACLED's geo_precision (1 = the place itself,
 * 2 = near it or in its district, 3 = a larger region), refined so admin levels stay distinguishable.
 */
public enum GeoPrecision {
  EXACT(1),
  NEAR(2),
  ADMIN2(2),
  ADMIN1(3),
  REGION(3),
  COUNTRY(3);

  private final int acledCode;

  GeoPrecision(int acledCode) {
    this.acledCode = acledCode;
  }

  public int acledCode() {
    return acledCode;
  }
}
