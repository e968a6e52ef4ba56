package org.sitrep.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * Chooses one gazetteer reading for a place name. The score adds up features that are kept with the
 * answer so it can be explained: name tier (exact or transliteration variant), feature class (a country
 * or capital before a village), population, and the share of the document's focus that the
 * candidate's country has (countries it names, demonyms it uses, its actors' countries). A name that is
 * the place's preferred name beats one that is only an alternate ("Turkey" the country, not the
 * village of New Providence that is also called Turkey).
 */
public final class PlaceResolver {
  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A chosen reading and its score. */
  public record Reading(Place place, double score) {
  }

  /**
   * Country focus of a document: each country's share of the country names and demonyms among its
   * place names (weight 2) and of context countries (weight 0.5): its actors', its publisher's.
   */
  public Map<String, Double> focus(Collection<String> placeNames, Collection<String> contextCountries) {
    Map<String, Double> counts = new HashMap<>();
    for (String name : placeNames) {
      gazetteer.placeOfDemonym(name).filter(GazetteerEntry::isCountry)
          .ifPresent(c -> counts.merge(c.country(), 2.0, Double::sum));
      for (Gazetteer.Candidate c : gazetteer.candidates(name)) {
        if (c.exactName() && (c.entry().isCountry() || c.entry().isRegion())) {
          counts.merge(c.entry().country(), 2.0, Double::sum);
        }
      }
    }
    for (String country : contextCountries) {
      if (!country.isEmpty()) {
        counts.merge(country, 0.5, Double::sum);
      }
    }
    double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total > 0) {
      counts.replaceAll((k, v) -> v / total);
    }
    return counts;
  }

  /**
   * A second, better-informed focus from a first pass's readings: every place read counts for its
   * country (a country itself twice), and for its first-level division under the key "CC.A1" (e.g.
   * "CA.08"), so "London" in a story of Ontario towns is London, Ontario. Context countries keep
   * their weight.
   */
  public Map<String, Double> refine(Collection<Reading> firstPass, Collection<String> contextCountries) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Double> admins = new HashMap<>();
    for (Reading r : firstPass) {
      Place p = r.place();
      if (p.country().isEmpty()) {
        continue;
      }
      countries.merge(p.country(), p.precision() == GeoPrecision.COUNTRY ? 2.0 : 1.0, Double::sum);
      gazetteer.byId(p.gazetteerId()).filter(e -> !e.admin1Code().isEmpty() && !e.isCountry())
          .ifPresent(e -> admins.merge(e.country() + "." + e.admin1Code(), 1.0, Double::sum));
    }
    for (String country : contextCountries) {
      if (!country.isEmpty()) {
        countries.merge(country, 0.5, Double::sum);
      }
    }
    Map<String, Double> focus = new HashMap<>();
    double totalCountries = countries.values().stream().mapToDouble(Double::doubleValue).sum();
    countries.forEach((k, v) -> focus.put(k, v / totalCountries));
    double totalAdmins = admins.values().stream().mapToDouble(Double::doubleValue).sum();
    admins.forEach((k, v) -> focus.put(k, v / totalAdmins));
    return focus;
  }

  /**
   * The best reading of a name.
   *
   * @param modifier precision the text gives ("X province": ADMIN1, "near X": NEAR), or null
   * @param trusted  whether something besides the gazetteer (NER, gold annotation) says this is a place;
   *                 if not, small villages outside the focus countries are refused as likely words
   */
  public Optional<Reading> resolve(String name, GeoPrecision modifier, boolean trusted, Map<String, Double> focus) {
    Optional<GazetteerEntry> demonymOf = gazetteer.placeOfDemonym(name);
    if (demonymOf.isPresent()) {
      GazetteerEntry e = demonymOf.get();
      return Optional.of(new Reading(gazetteer.toPlace(e, e.isCountry() ? GeoPrecision.COUNTRY : GeoPrecision.REGION), 2.0));
    }
    String folded = NameKeys.fold(name);
    boolean singleWord = folded.indexOf(' ') < 0;
    boolean acronym = name.replace(".", "").length() <= 4 && name.chars().noneMatch(Character::isLowerCase);
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Gazetteer.Candidate c : gazetteer.candidates(name)) {
      GazetteerEntry e = c.entry();
      double countryFocus = focus.getOrDefault(e.country(), 0.0);
      if (!trusted && e.isPopulatedPlace() && e.population() < 1000 && countryFocus == 0) {
        continue; // an unknown village abroad is likelier an ordinary capitalised word
      }
      if (!c.exactName() && singleWord && countryFocus < 0.2) {
        continue; // a one-word skeleton match is only believable in a country the story is about
      }
      if (acronym && e.isPopulatedPlace() && e.population() < 100_000) {
        continue; // "US", "EU", "UK" are not the villages Us, Eu and Uk
      }
      boolean primaryName = NameKeys.fold(e.name()).equals(folded);
      double adminFocus = e.admin1Code().isEmpty() || e.isAdmin1() ? 0
          : focus.getOrDefault(e.country() + "." + e.admin1Code(), 0.0);
      double score = (c.exactName() ? 1.0 : 0.5) + (primaryName ? 0.5 : 0) + featureWeight(e, modifier)
          + 0.6 * Math.log10(e.population() + 1) / 7.0 + 1.2 * countryFocus + 0.8 * adminFocus;
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (modifier == null && (best.isAdmin1() || best.isAdmin2())) {
      best = eponymousCity(best, name).orElse(best);
    }
    double score = bestScore;
    return Optional.ofNullable(placeAt(best, modifier)).map(p -> new Reading(p, score));
  }

  /**
   * The largest city of an admin area that bears its name ("New York" in New York, "Aleppo" in Aleppo):
   * without "state" or "province" in the text, news means the city.
   */
  private Optional<GazetteerEntry> eponymousCity(GazetteerEntry area, String name) {
    return gazetteer.candidates(name).stream().map(Gazetteer.Candidate::entry)
        .filter(e -> e.isPopulatedPlace() && e.country().equals(area.country())
            && e.admin1Code().equals(area.admin1Code()) && e.population() >= area.population())
        .findFirst();
  }

  private static double featureWeight(GazetteerEntry e, GeoPrecision modifier) {
    if (modifier == GeoPrecision.ADMIN1 && (e.isAdmin1() || e.featureCode().equals("PPLA"))) {
      return 1.0;
    }
    if (modifier == GeoPrecision.ADMIN2 && (e.isAdmin2() || e.featureCode().equals("PPLA2"))) {
      return 1.0;
    }
    return switch (e.featureCode()) {
      case "PCLI" -> 2.0; // a country's name almost always means the country
      case "PPLC" -> 0.6;
      case "RGN" -> 0.6;
      case "PPLA" -> 0.5;
      case "ADM1" -> 0.4;
      case "PPLA2" -> 0.35;
      case "PPLA3", "PPLA4" -> 0.25;
      case "ADM2" -> 0.2;
      default -> 0.1;
    };
  }

  /** The reading as a Place at the precision the text gives it. */
  private Place placeAt(GazetteerEntry e, GeoPrecision modifier) {
    if (modifier == GeoPrecision.ADMIN1 && !e.isAdmin1() && !e.isCountry()) {
      return gazetteer.admin1Of(e).map(a -> gazetteer.toPlace(a, GeoPrecision.ADMIN1)).orElse(null);
    }
    if (modifier == GeoPrecision.ADMIN2 && !e.isAdmin2() && !e.isAdmin1() && !e.isCountry()) {
      return gazetteer.admin2Of(e).map(a -> gazetteer.toPlace(a, GeoPrecision.ADMIN2))
          .orElse(gazetteer.toPlace(e, GeoPrecision.NEAR));
    }
    GeoPrecision p;
    if (e.isCountry()) {
      p = GeoPrecision.COUNTRY;
    } else if (e.isAdmin1()) {
      p = GeoPrecision.ADMIN1;
    } else if (e.isAdmin2()) {
      p = GeoPrecision.ADMIN2;
    } else if (e.isRegion()) {
      p = GeoPrecision.REGION;
    } else {
      p = modifier == GeoPrecision.NEAR ? GeoPrecision.NEAR : GeoPrecision.EXACT;
    }
    return gazetteer.toPlace(e, p);
  }
}
