package org.sitrep.domain;

import java.util.Objects;

/**
 * A resolved location.
 *
 * @param gazetteerId GeoNames id ("geonames:170794"), a region id ("region:badiya") or a country
 *                    ("country:SY")
 * @param name        display name
 * @param latitude    WGS84 degrees
 * @param longitude   WGS84 degrees
 * @param admin1      first-level division name (governorate, province), empty if unknown
 * @param admin2      second-level division name (district), empty if unknown
 * @param country     ISO 3166-1 alpha-2 code
 * @param precision   how exactly the place locates what is attached to it
 */
public record Place(String gazetteerId, String name, double latitude, double longitude, String admin1,
                    String admin2, String country, GeoPrecision precision) implements java.io.Serializable {
  public Place {
    Objects.requireNonNull(gazetteerId, "gazetteerId");
    Objects.requireNonNull(precision, "precision");
    admin1 = Objects.requireNonNullElse(admin1, "");
    admin2 = Objects.requireNonNullElse(admin2, "");
    country = Objects.requireNonNullElse(country, "");
  }

  public Place withPrecision(GeoPrecision p) {
    return new Place(gazetteerId, name, latitude, longitude, admin1, admin2, country, p);
  }

  /** Great-circle distance in kilometres (haversine). */
  public double distanceKm(double lat, double lon) {
    return distanceKm(latitude, longitude, lat, lon);
  }

  /** Great-circle distance in kilometres between two WGS84 points (haversine). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
