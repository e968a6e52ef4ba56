package org.sitrep.geo;

/**
 * One gazetteer record: a GeoNames populated place, an admin area, a country or a team-written region.
 *
 * @param id          "geonames:170794", "admin1:SY.07", "admin2:SY.07.170793", "country:SY", "region:badiya",
 *                    "airport:EGLL" (OurAirports' ident), "cities1000:CA:52.02688:-113.95071"
 * @param name        preferred name
 * @param latitude    WGS84
 * @param longitude   WGS84
 * @param featureCode GeoNames feature code (PPLA, PPL, ...), or ADM1, ADM2, PCLI, RGN, AIRP, BLDG for the others
 * @param country     ISO alpha-2
 * @param admin1Code  GeoNames admin1 code within the country ("07"), empty if none
 * @param admin2Code  GeoNames admin2 code within admin1, empty if none
 * @param population  GeoNames population, 0 if unknown
 */
public record GazetteerEntry(String id, String name, double latitude, double longitude, String featureCode,
                             String country, String admin1Code, String admin2Code, long population) {

  /** Whether its preferred name, folded, is this one (not only an alternate name). */
  public boolean bears(String foldedName) {
    return NameKeys.fold(name).equals(foldedName);
  }

  public boolean isCountry() {
    return featureCode.equals("PCLI");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  public boolean isAdmin2() {
    return featureCode.equals("ADM2");
  }

  public boolean isRegion() {
    return featureCode.equals("RGN");
  }

  public boolean isAirport() {
    return featureCode.equals("AIRP");
  }

  /** A building the team's regions file names ("White House"): GeoNames' feature code BLDG. */
  public boolean isLandmark() {
    return featureCode.equals("BLDG");
  }

  public boolean isPopulatedPlace() {
    return featureCode.startsWith("PPL");
  }
}
