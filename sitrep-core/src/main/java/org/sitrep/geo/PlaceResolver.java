package org.sitrep.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * Chooses one gazetteer reading for a place name. The score adds up features that are kept with the
 * answer so it can be explained: name tier (exact or transliteration variant), feature class (a country
 * or capital before a village), population, and the share of the document's focus that the
 * candidate's country has (countries it names, demonyms it uses, its actors' and publisher's
 * countries), the nearness of the story's other places, containment written in the text, a dateline
 * that stands alone, and the other capitals of a story of capitals. A name that is the place's
 * preferred name (or its short form) beats one that is only an alternate ("Turkey" the country, not
 * the village of New Providence that is also called Turkey). What the text says of a name once
 * ("Parkland, Florida", "the city of Turkey") holds for all its mentions.
 */
public final class PlaceResolver {
  private static final double NEIGHBOURS_WEIGHT = 1.5;
  /** The text's own word that a place lies in another outweighs every inference from the story. */
  private static final double CONTAINMENT_WEIGHT = 3.0;
  /** Countries whose place names reach English news as romanisations of Arabic, Persian, Kurdish or
   * Turkish, with the spelling variants {@link NameKeys#variant} folds together. */
  private static final Set<String> TRANSLITERATED = org.sitrep.text.WordLists.bundled().words("PlaceResolver.TRANSLITERATED");
  /** A city this big outranks namesakes whose population the gazetteer lacks (see {@link #bestKnown}). */
  private static final long KNOWN_POPULATION = 50_000;
  /** What other capitals read in a story add to a capital reading (see {@link ReadingFeatures#otherCapitals}). */
  private static final double CAPITALS_WEIGHT = 0.5;
  /** What a dateline's standing alone says for the best-known place of its name. */
  private static final double DATELINE_WEIGHT = 1.5;
  /** A place this small outside the area the text puts it in is a namesake, not the place meant. */
  private static final long OBSCURE_POPULATION = 100_000;
  private final Gazetteer gazetteer;
  private final PlaceContexts contexts;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.contexts = new PlaceContexts(gazetteer);
  }

  /** What this resolver weighs a reading against, read from a document over the same gazetteer. */
  public PlaceContexts contexts() {
    return contexts;
  }

  /** A chosen reading and its score. */
  public record Reading(Place place, double score) {
  }

  /**
   * The best reading of a name.
   *
   * @param modifier precision the text gives ("X province": ADMIN1, "near X": NEAR), or null
   * @param trusted  whether something besides the gazetteer (NER, gold annotation) says this is a place;
   *                 if not, small villages outside the focus countries are refused as likely words
   */
  public Optional<Reading> resolve(String name, GeoPrecision modifier, boolean trusted, PlaceContext context) {
    return resolve(name, modifier, trusted, context, null);
  }

  /**
   * The best reading of a name that the text says lies in another ("Paris, Texas", "Hajin, in Deir
   * ez-Zor province", "Barrie, Ont."): a reading inside one of the container's readings wins over the
   * rest, whatever the story's focus.
   *
   * @param container the place written as holding this one, or null; only one written after a comma or
   *                  as an owner ("Giza's") overrules a known small namesake elsewhere
   */
  public Optional<Reading> resolve(String name, GeoPrecision modifier, boolean trusted, PlaceContext context,
                                   PlaceContainment.Container container) {
    if (container == null) {
      container = context.containers().get(NameKeys.fold(name));
    }
    if (modifier == null) {
      modifier = context.cues().get(NameKeys.fold(name));
    }
    List<GazetteerEntry> holders = container == null ? List.of() : containers(container.name(), name);
    Optional<Reading> whole = resolveWhole(name, modifier, trusted, context, holders);
    Optional<Reading> reading = whole.isPresent() ? whole : resolveByPart(name, trusted, context);
    if (container != null && (reading.isEmpty()
        || container.form().overrulesObscureReadings() && obscureOutside(reading.get(), holders))) {
      // "Holliday, Mo." with no Holliday in Missouri in the gazetteer: the text still says where it is
      Optional<Reading> placed = withinContainer(container, holders, context);
      // a known reading near the city that holds it is the more precise one ("the Damascus suburb of Douma")
      if (placed.isPresent() && (reading.isEmpty() || reading.get().place().distanceKm(placed.get().place().latitude(),
          placed.get().place().longitude()) > ReadingFeatures.NEAR_KM)) {
        return placed;
      }
    }
    return reading;
  }

  /** Whether a reading is a small place outside every container the text names for it. */
  private boolean obscureOutside(Reading r, List<GazetteerEntry> holders) {
    return gazetteer.byId(r.place().gazetteerId())
        .map(e -> !ReadingFeatures.insideAny(e, holders) && !holders.contains(e) && e.population() < OBSCURE_POPULATION)
        .orElse(false);
  }

  /**
   * The container itself, at its own precision (a state, a county, a country), for a place the
   * gazetteer does not know inside it: the text's own statement of where the place is, not a guess.
   * A city holds a place near it ("Foua and Kfraya in Idlib", "Giza's Haram district"), where the
   * form allows ({@link PlaceContainment.Form#cityHolds}).
   */
  private Optional<Reading> withinContainer(PlaceContainment.Container container, List<GazetteerEntry> holders,
                                            PlaceContext context) {
    // only where the container's own best reading is an area or, after "in", "of" or "'s", a city: in
    // "Madinaty, Liverpool have ..." the comma does not put Madinaty in the Australian district of Liverpool
    Optional<Reading> read = resolveWhole(container.name(), null, true, context, List.of());
    if (read.isEmpty()) {
      return Optional.empty();
    }
    double score = read.get().score();
    return gazetteer.byId(read.get().place().gazetteerId()).flatMap(e -> {
      if (holders.contains(e)) {
        return Optional.of(new Reading(placeAt(e, null), score));
      }
      boolean city = e.isPopulatedPlace() || e.isAirport();
      return city && container.form().cityHolds()
          ? Optional.of(new Reading(placeAt(e, GeoPrecision.NEAR), score)) : Optional.empty();
    });
  }

  /** The readings of a container's name that can hold a place: countries, divisions, regions of a country. */
  private List<GazetteerEntry> containers(String container, String name) {
    if (NameKeys.fold(container).equals(NameKeys.fold(name)) || gazetteer.candidates(name).stream()
        .anyMatch(c -> c.exactName() && (c.entry().isCountry() || c.entry().isAdmin1() || c.entry().isRegion()))
        || onlyAdmin2(name)) {
      // "Singapore, Singapore"; "Russia, the U.S.", "Washington, New York", "Allamakee County, Dallas
      // County": a list of areas, not a place in an area (Russia, Ohio)
      return List.of();
    }
    List<GazetteerEntry> holders = new java.util.ArrayList<>();
    for (Gazetteer.Candidate c : gazetteer.candidates(container)) {
      GazetteerEntry e = c.entry();
      if (c.exactName() && (e.isCountry() || e.isAdmin1() || e.isAdmin2() || e.isRegion() && !e.country().isEmpty())) {
        holders.add(e);
      }
    }
    return holders;
  }

  /** Whether every reading of a name is a second-level division ("Allamakee County", not Paris). */
  private boolean onlyAdmin2(String name) {
    List<Gazetteer.Candidate> exact = gazetteer.candidates(name).stream().filter(Gazetteer.Candidate::exactName).toList();
    return !exact.isEmpty() && exact.stream().allMatch(c -> c.entry().isAdmin2());
  }

  /**
   * A name the gazetteer does not know as a whole, read from the place inside it, and marked as near
   * that place, never as exact: "Greater Toronto Area" and "North London" from Toronto and London,
   * "Fars Province" and "Plymouth Co." as the divisions they name, "Vancouver Art Gallery" and
   * "Colorado State University" from the place their name carries. Only the inner name is scored; if
   * none is known the name stays unresolved.
   */
  private Optional<Reading> resolveByPart(String name, boolean trusted, PlaceContext context) {
    NameParts parts = NameParts.of(name);
    if (!parts.isCompound()) {
      return Optional.empty();
    }
    Optional<NameParts.Inner> inner = parts.withoutQualifiers();
    if (inner.isPresent()) {
      Optional<Reading> read = resolveWhole(inner.get().name(), inner.get().modifier(), trusted, context, List.of());
      if (read.isPresent()) {
        return read;
      }
    }
    // the longest run of capitalised words that names a place of some standing, the leftmost first
    for (String run : parts.innerRuns(w -> gazetteer.placeOfDemonym(w).isPresent())) {
      Optional<Reading> read = resolveWhole(run, GeoPrecision.NEAR, trusted, context, List.of())
          .filter(r -> r.place().precision() != GeoPrecision.NEAR || prominent(r.place()));
      if (read.isPresent()) {
        return read;
      }
    }
    return Optional.empty();
  }

  /** A town big enough that an institution or event named after it is likely named after it. */
  private boolean prominent(Place p) {
    return gazetteer.byId(p.gazetteerId()).map(e -> e.population() >= 50_000).orElse(false);
  }

  private Optional<Reading> resolveWhole(String name, GeoPrecision modifier, boolean trusted, PlaceContext context,
                                         List<GazetteerEntry> holders) {
    Map<String, Double> focus = context.focus();
    Optional<GazetteerEntry> demonymOf = gazetteer.placeOfDemonym(name);
    if (demonymOf.isPresent()) {
      GazetteerEntry e = demonymOf.get();
      return Optional.of(new Reading(gazetteer.toPlace(e, e.isCountry() ? GeoPrecision.COUNTRY
          : e.isAdmin1() ? GeoPrecision.ADMIN1 : GeoPrecision.REGION), 2.0));
    }
    String folded = NameKeys.fold(name);
    boolean singleWord = folded.indexOf(' ') < 0;
    boolean compassName = NameParts.onlyDirections(List.of(folded.split(" ")));
    boolean acronym = name.replace(".", "").length() <= 4 && name.chars().noneMatch(Character::isLowerCase);
    GazetteerEntry datelinePlace = holders.isEmpty() && modifier == null && folded.equals(context.dateline())
        ? bestKnown(name).orElse(null) : null;
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Gazetteer.Candidate c : candidatesWithBareAreas(name, folded, focus)) {
      GazetteerEntry e = c.entry();
      double countryFocus = focus.getOrDefault(e.country(), 0.0);
      if (!trusted && e.isPopulatedPlace() && e.population() < 1000 && countryFocus == 0) {
        continue; // an unknown village abroad is likelier an ordinary capitalised word
      }
      if (!c.exactName() && (!TRANSLITERATED.contains(e.country()) || singleWord && countryFocus < 0.2)) {
        // The skeleton tier exists for romanisations of Arabic, Persian, Kurdish and Turkish names; a
        // skeleton match elsewhere is a different name ("Helmet" is not Helmetta, "Point Peron" not
        // Ponta Porã). A one-word skeleton match is only believable in a country the story is about.
        continue;
      }
      if (compassName && modifier == null && countryFocus < 0.2) {
        continue; // "the West", "West Coast": Cameroon's West region only in a story about Cameroon
      }
      if (acronym && e.isPopulatedPlace() && e.population() < 100_000) {
        continue; // "US", "EU", "UK" are not the villages Us, Eu and Uk
      }
      // A team-written region's or landmark's every name is one the team meant ("the Atlantic" is the
      // ocean), and an airport's names are the ones news uses ("Heathrow").
      boolean primaryName = e.isRegion() || e.isLandmark() || e.isAirport() || e.bears(folded)
          || NameParts.isShortForm(folded, e.name());
      double adminFocus = e.admin1Code().isEmpty() || e.isAdmin1() ? 0
          : focus.getOrDefault(e.country() + "." + e.admin1Code(), 0.0);
      double score = (c.exactName() ? 1.0 : 0.5) + (primaryName ? 0.5 : 0) + ReadingFeatures.featureWeight(e, modifier)
          + 0.6 * Math.log10(e.population() + 1) / 7.0 + 1.2 * countryFocus + 0.8 * adminFocus
          + NEIGHBOURS_WEIGHT * ReadingFeatures.neighbours(e, folded, context)
          + (ReadingFeatures.insideAny(e, holders) ? CONTAINMENT_WEIGHT : 0)
          + (e == datelinePlace ? DATELINE_WEIGHT : 0)
          + (e.featureCode().equals("PPLC") ? CAPITALS_WEIGHT * ReadingFeatures.otherCapitals(e, context) : 0);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    if (modifier == null) {
      best = cityOrProvince(best, name);
    }
    double score = bestScore;
    return Optional.ofNullable(placeAt(best, modifier)).map(p -> new Reading(p, score));
  }

  /**
   * A name's candidates and, for a name with an admin word ("the Karak district"), the areas of its bare
   * name in the countries the story is about: GeoNames names Jordan's governorate "Karak", and only
   * Pakistan's "Karak District" carries the word. Only where no reading of the whole name lies in
   * those countries, and only for words GeoNames drops ({@link NameKeys#withoutDroppedAdminWord}): a New
   * York story's "Suffolk County" is not weighed against England's Suffolk.
   */
  private List<Gazetteer.Candidate> candidatesWithBareAreas(String name, String folded, Map<String, Double> focus) {
    List<Gazetteer.Candidate> found = gazetteer.candidates(name);
    String bare = NameKeys.withoutDroppedAdminWord(folded);
    if (bare.isEmpty() || found.stream().anyMatch(c -> focus.getOrDefault(c.entry().country(), 0.0) > 0)) {
      return found;
    }
    List<Gazetteer.Candidate> withAreas = new java.util.ArrayList<>(found);
    for (Gazetteer.Candidate c : gazetteer.candidates(bare)) {
      GazetteerEntry e = c.entry();
      if (c.exactName() && (e.isAdmin1() || e.isAdmin2()) && focus.getOrDefault(e.country(), 0.0) > 0
          && found.stream().noneMatch(f -> f.entry() == e)) {
        withAreas.add(c);
      }
    }
    return withAreas;
  }

  /**
   * The populated place of exactly this name that readers know by it: the most populous, if it is at
   * least twice the size of the next. None if the gazetteer lacks a namesake's population (a place
   * added from cities1000) and the first is a town, since then it cannot tell; a city of
   * {@value #KNOWN_POPULATION} outranks such namesakes, which are mostly small or new places.
   */
  private Optional<GazetteerEntry> bestKnown(String name) {
    String folded = NameKeys.fold(name);
    List<GazetteerEntry> places = gazetteer.candidates(name).stream()
        .filter(c -> c.exactName() && c.entry().isPopulatedPlace() && c.entry().bears(folded))
        .map(Gazetteer.Candidate::entry)
        .sorted(java.util.Comparator.comparingLong(GazetteerEntry::population).reversed())
        .toList();
    if (places.isEmpty()) {
      return Optional.empty();
    }
    long first = places.get(0).population();
    boolean sizeUnknown = places.stream().anyMatch(e -> e.population() == 0);
    if (sizeUnknown && first < KNOWN_POPULATION || places.size() > 1 && first < 2 * places.get(1).population()) {
      return Optional.empty();
    }
    return Optional.of(places.get(0));
  }

  /**
   * A name shared by a first-level division and a city inside it, with no "province" or "city" in the
   * text: news means the city when it is the division's metropolis (Aleppo, Deir ez-Zor, New York),
   * the division when the division has a bigger city (Quebec, whose metropolis is Montreal).
   */
  private GazetteerEntry cityOrProvince(GazetteerEntry best, String name) {
    GazetteerEntry area = best.isAdmin1() ? best : null;
    GazetteerEntry city = best.isPopulatedPlace() ? best : null;
    for (Gazetteer.Candidate c : gazetteer.candidates(name)) {
      GazetteerEntry e = c.entry();
      if (!c.exactName() || !e.country().equals(best.country()) || !e.admin1Code().equals(best.admin1Code())) {
        continue;
      }
      if (area == null && e.isAdmin1()) {
        area = e;
      } else if (city == null && e.isPopulatedPlace()) {
        city = e;
      }
    }
    if (area == null || city == null) {
      return best;
    }
    GazetteerEntry largest = gazetteer.largestPlaceIn(area).orElse(city);
    return largest.id().equals(city.id()) ? city : area;
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
