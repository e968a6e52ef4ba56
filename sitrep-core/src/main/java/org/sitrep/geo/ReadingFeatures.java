package org.sitrep.geo;

import java.util.List;
import java.util.Map;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * The features a gazetteer reading of a name is scored on, beside its name tier and population: what
 * kind of place it is, how near the story's other places are, whether the text puts it inside a
 * container, and the other capitals of a story of capitals. Each is a pure function of the reading and
 * the {@link PlaceContext}, so that a score can be explained feature by feature.
 */
final class ReadingFeatures {
  /** Places within this distance are neighbours (full credit). */
  static final double NEAR_KM = 30;
  /** Places beyond this distance are not neighbours at all (log-linear credit between). */
  static final double FAR_KM = 300;

  private ReadingFeatures() {
  }

  /**
   * A story of capitals ("in Russia and Paris and at the Foreign Office in London", datelined
   * Washington) speaks of countries: the share, up to two, of other national capitals its first pass
   * read, which a capital reading gains as its neighbours.
   */
  static double otherCapitals(GazetteerEntry e, PlaceContext context) {
    long others = context.capitals().stream().filter(id -> !id.equals(e.id())).count();
    return Math.min(others, 2) / 2.0;
  }

  /** Whether a reading lies in one of the containers the text names for it. */
  static boolean insideAny(GazetteerEntry e, List<GazetteerEntry> holders) {
    for (GazetteerEntry h : holders) {
      if (h.id().equals(e.id()) || !h.country().equals(e.country())) {
        continue;
      }
      boolean inside = h.isCountry() || h.isRegion()
          || h.isAdmin1() && h.admin1Code().equals(e.admin1Code()) && !e.isAdmin1()
          || h.isAdmin2() && h.admin1Code().equals(e.admin1Code()) && h.admin2Code().equals(e.admin2Code())
              && !e.isAdmin1() && !e.isAdmin2();
      if (inside) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spatial coherence: the share of the document's other place names that have a reading near this
   * one. A place is near another within {@value #NEAR_KM} km (full credit; none beyond
   * {@value #FAR_KM} km, log-linear between) or inside a first-level division read from another name;
   * a country or first-level division is near the names with a reading inside it. A story of Bowling
   * Green, Edmonton and Glasgow is in Kentucky; one of Strathroy, Middlesex and London is in Ontario;
   * "California" beside San Diego and Fresno is the state, not a hamlet that happens to neighbour one.
   */
  static double neighbours(GazetteerEntry e, String folded, PlaceContext context) {
    if (e.isRegion() || context.readingsByName().size() < 2) {
      return 0;
    }
    double sum = 0;
    int others = 0;
    for (Map.Entry<String, List<GazetteerEntry>> name : context.readingsByName().entrySet()) {
      if (name.getKey().equals(folded)) {
        continue;
      }
      others++;
      double best = 0;
      for (GazetteerEntry other : name.getValue()) {
        best = Math.max(best, nearness(e, other));
        if (best == 1.0) {
          break;
        }
      }
      sum += best;
    }
    return others == 0 ? 0 : sum / others;
  }

  /** How near two readings are, from 0 to 1: by containment where one is an area, else by distance. */
  static double nearness(GazetteerEntry e, GazetteerEntry other) {
    if (e.isCountry()) {
      return other.country().equals(e.country()) ? 1.0 : 0;
    }
    if (e.isAdmin1() || other.isAdmin1()) {
      return other.country().equals(e.country()) && other.admin1Code().equals(e.admin1Code()) ? 1.0 : 0;
    }
    double km = Place.distanceKm(e.latitude(), e.longitude(), other.latitude(), other.longitude());
    return km <= NEAR_KM ? 1.0 : km >= FAR_KM ? 0 : 1 - Math.log(km / NEAR_KM) / Math.log(FAR_KM / NEAR_KM);
  }

  static double featureWeight(GazetteerEntry e, GeoPrecision modifier) {
    if (modifier == GeoPrecision.EXACT && !e.isPopulatedPlace()) {
      return 0; // "the city of Turkey": a populated place, whatever else bears the name
    }
    if (modifier == GeoPrecision.ADMIN1 && (e.isAdmin1() || e.featureCode().equals("PPLA"))) {
      return 1.0;
    }
    if (modifier == GeoPrecision.ADMIN2 && (e.isAdmin2() || e.featureCode().equals("PPLA2"))) {
      return 1.0;
    }
    if (e.isRegion() && e.country().isEmpty()) {
      // a continent, ocean or sea stands as high as a country: "the tropical Atlantic" in a story of US
      // hurricanes is not Atlantic, Iowa, though the story's focus is on the United States
      return 2.0;
    }
    double code = switch (e.featureCode()) {
      case "PCLI" -> 2.0; // a country's name almost always means the country
      case "PPLC" -> 0.6;
      case "RGN" -> 0.6;
      case "PPLA" -> 0.5;
      case "AIRP" -> 0.5; // a hub's name (Heathrow) means the airport more often than the hamlet
      case "BLDG" -> 1.0; // the team lists only landmarks whose name news means: "the White House" is no town
      case "ADM1" -> 0.4;
      case "PPLA2" -> 0.35;
      case "PPLA3", "PPLA4" -> 0.25;
      case "ADM2" -> 0.2;
      default -> 0.1;
    };
    // GeoNames calls many a big city a plain PPL (Vancouver, British Columbia, is no seat): a city of half
    // a million ranks at least as a provincial seat, so a smaller county seat of its name does not outrank it
    return e.isPopulatedPlace() && e.population() >= 500_000 ? Math.max(code, 0.5) : code;
  }
}
