package org.sitrep.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  /** Words before a place name that make a part of it or its surroundings: "North London", "Greater Toronto". */
  private static final Set<String> QUALIFIERS = org.sitrep.text.WordLists.bundled().words("PlaceResolver.QUALIFIERS");
  /** Words that name a kind of place, not a place, when they stand alone inside a longer name. */
  private static final Set<String> GENERIC_WORDS = org.sitrep.text.WordLists.bundled().words("PlaceResolver.GENERIC_WORDS");
  /** Words after a place name that say what kind of area it names. */
  private static final Map<String, GeoPrecision> AREA_WORDS = Map.ofEntries(
      Map.entry("province", GeoPrecision.ADMIN1), Map.entry("governorate", GeoPrecision.ADMIN1),
      Map.entry("state", GeoPrecision.ADMIN1), Map.entry("prefecture", GeoPrecision.ADMIN1),
      Map.entry("county", GeoPrecision.ADMIN2), Map.entry("co", GeoPrecision.ADMIN2),
      Map.entry("district", GeoPrecision.ADMIN2), Map.entry("area", GeoPrecision.NEAR),
      Map.entry("region", GeoPrecision.NEAR), Map.entry("countryside", GeoPrecision.NEAR),
      Map.entry("city", GeoPrecision.NEAR), Map.entry("metro", GeoPrecision.NEAR),
      Map.entry("suburbs", GeoPrecision.NEAR), Map.entry("outskirts", GeoPrecision.NEAR));
  /** Countries whose place names reach English news as romanisations of Arabic, Persian, Kurdish or
   * Turkish, with the spelling variants {@link NameKeys#variant} folds together. */
  private static final Set<String> TRANSLITERATED = org.sitrep.text.WordLists.bundled().words("PlaceResolver.TRANSLITERATED");
  private static final double NEAR_KM = 30;
  /** Readings of a name that may anchor its neighbours: the most populous, so that hamlets sharing a
   * common name ("Washington", "Columbia") do not make every town near one of them look coherent. */
  private static final int ANCHORS_PER_NAME = 10;
  private static final double FAR_KM = 300;
  /** A city this big outranks namesakes whose population the gazetteer lacks (see {@link #bestKnown}). */
  private static final long KNOWN_POPULATION = 50_000;
  /** What other capitals read in a story add to a capital reading (see {@link #otherCapitals}). */
  private static final double CAPITALS_WEIGHT = 0.5;
  /** What a dateline's standing alone says for the best-known place of its name. */
  private static final double DATELINE_WEIGHT = 1.5;
  /** A place this small outside the area the text puts it in is a namesake, not the place meant. */
  private static final long OBSCURE_POPULATION = 100_000;
  private final Gazetteer gazetteer;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A chosen reading and its score. */
  public record Reading(Place place, double score) {
  }

  /**
   * What the resolver knows of a document: its focus (each country's share under its ISO code, each
   * first-level division's under "CC.A1"); the gazetteer readings of every place name in it, by folded
   * name, for the spatial-coherence feature; and what the text says of a name once for all its
   * mentions (by folded name): the container it writes for it, the cue it gives it ("the city of"),
   * whether it stands alone in the dateline; and the national capitals a first pass read.
   */
  public record Context(Map<String, Double> focus, Map<String, List<GazetteerEntry>> readingsByName,
                        Map<String, PlaceContainment.Container> containers, String dateline, Set<String> capitals,
                        Map<String, GeoPrecision> cues) {
    /** No document around the name: no focus, no neighbours. */
    public static final Context NONE = new Context(Map.of(), Map.of(), Map.of(), "", Set.of(), Map.of());

    /**
     * The same context, knowing the cues the text gives a name in one mention that hold for all its
     * mentions ({@link PlaceCues#holdsForTheStory}): "the city of Turkey".
     */
    public Context withCues(Map<String, GeoPrecision> cueByName) {
      Map<String, GeoPrecision> folded = new HashMap<>();
      cueByName.forEach((name, cue) -> {
        if (PlaceCues.holdsForTheStory(cue)) {
          folded.putIfAbsent(NameKeys.fold(name), cue);
        }
      });
      return new Context(focus, readingsByName, containers, dateline, capitals, Map.copyOf(folded));
    }

    /**
     * The same context, knowing the place name that stands alone in the story's dateline (null: none).
     * That name, in the dateline and after it, is the best-known place of the name (see
     * {@link PlaceCues#standaloneDateline}).
     */
    public Context withDateline(String name) {
      return new Context(focus, readingsByName, containers, name == null ? "" : NameKeys.fold(name), capitals, cues);
    }

    /**
     * The same context, knowing where the text puts each name it writes a container for (by folded name):
     * one sense per discourse, so "Parkland" is Parkland, Florida, in every mention of a story that
     * once wrote "Parkland, Florida".
     */
    public Context withContainers(Map<String, PlaceContainment.Container> containerByName) {
      Map<String, PlaceContainment.Container> folded = new HashMap<>();
      containerByName.forEach((name, container) -> folded.putIfAbsent(NameKeys.fold(name), container));
      return new Context(focus, readingsByName, Map.copyOf(folded), dateline, capitals, cues);
    }
  }

  /**
   * A document's first context: each country's share of the country names and demonyms among its
   * place names (weight 2) and of context countries (weight 0.5): its actors', its publisher's.
   */
  public Context context(Collection<String> placeNames, Collection<String> contextCountries) {
    return new Context(focus(placeNames, contextCountries), readingsByName(placeNames), Map.of(), "", Set.of(),
        Map.of());
  }

  /**
   * What the text says of each of a document's place names, one entry per name in order: the place
   * written as holding it ({@link PlaceContainment#containersOf}), its cue (its own words, and
   * {@link #withHolderCues}), and the document's first context (see {@link #story}).
   */
  public record Story(List<PlaceContainment.Container> containers, List<GeoPrecision> cues, Context first) {
  }

  /**
   * A document read once for all its place names, by the recognizer and the evaluation alike: each
   * name's container and cue, and the first context, which knows too what the text says of each name
   * once for all its mentions (its container, a cue that holds for the story) and which name stands
   * alone in its dateline.
   *
   * @param ownCues each name's cue from the words around it ({@link PlaceCues#modifier}), null where none
   */
  public Story story(String text, List<PlaceContainment.Named> names, List<GeoPrecision> ownCues,
                     Collection<String> contextCountries) {
    List<PlaceContainment.Container> containers = PlaceContainment.containersOf(text, names);
    List<GeoPrecision> cues = withHolderCues(text, names, containers, ownCues);
    return new Story(containers, cues, context(text, names, containers, cues, contextCountries));
  }

  private Context context(String text, List<PlaceContainment.Named> names, List<PlaceContainment.Container> containers,
                          List<GeoPrecision> cues, Collection<String> contextCountries) {
    Map<String, PlaceContainment.Container> containerByName = new HashMap<>();
    Map<String, GeoPrecision> cueByName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).name();
      if (containers.get(i) != null) {
        containerByName.putIfAbsent(name, containers.get(i));
      }
      if (cues.get(i) != null) {
        cueByName.putIfAbsent(name, cues.get(i));
      }
    }
    return context(names.stream().map(PlaceContainment.Named::name).toList(), contextCountries)
        .withContainers(containerByName).withCues(cueByName).withDateline(PlaceCues.standaloneDateline(text, names));
  }

  /**
   * Each mention's cue, where a name that holds the one before it after a comma ("the Bronx, New York",
   * "Hajin, Deir ez-Zor") and also names a first-level division is read as that division: the text
   * uses it as an area, not as the city of the same name; unless another place follows it in a list
   * ("West Palm Beach, New York, and Detroit"). The other cues are kept. {@link #story} applies it.
   *
   * @param containers each name's container ({@link PlaceContainment#containersOf})
   */
  public List<GeoPrecision> withHolderCues(String text, List<PlaceContainment.Named> names,
                                          List<PlaceContainment.Container> containers, List<GeoPrecision> cues) {
    List<GeoPrecision> out = new java.util.ArrayList<>(cues);
    for (int i = 0; i < names.size(); i++) {
      PlaceContainment.Container c = containers.get(i);
      if (c == null || c.form() != PlaceContainment.Form.COMMA) {
        continue;
      }
      int holder = -1;
      for (int j = 0; j < names.size(); j++) {
        PlaceContainment.Named n = names.get(j);
        if (n.start() >= names.get(i).end() && n.name().equals(c.name())
            && (holder < 0 || n.start() < names.get(holder).start())) {
          holder = j;
        }
      }
      if (holder >= 0 && out.get(holder) == null
          && !PlaceContainment.listedBeforeAnother(text, names.get(holder), names) && namesADivision(c.name())) {
        out.set(holder, GeoPrecision.ADMIN1);
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** Whether a first-level division bears exactly this name ("New York", "Deir ez-Zor"; not "Vancouver"). */
  private boolean namesADivision(String name) {
    String folded = NameKeys.fold(name);
    return gazetteer.candidates(name).stream()
        .anyMatch(c -> c.exactName() && c.entry().isAdmin1() && bears(c.entry(), folded));
  }

  /** Whether a gazetteer entry's preferred name, folded, is this one (not only an alternate name). */
  private static boolean bears(GazetteerEntry e, String folded) {
    return NameKeys.fold(e.name()).equals(folded);
  }

  /** Each name's exact-name readings that can anchor a neighbour: places and divisions, not countries. */
  private Map<String, List<GazetteerEntry>> readingsByName(Collection<String> placeNames) {
    Map<String, List<GazetteerEntry>> readings = new HashMap<>();
    for (String name : placeNames) {
      readings.computeIfAbsent(NameKeys.fold(name), k -> gazetteer.candidates(name).stream()
          .filter(c -> c.exactName() && !c.entry().isCountry() && !c.entry().isRegion())
          .map(Gazetteer.Candidate::entry)
          .sorted(java.util.Comparator.comparingLong(GazetteerEntry::population).reversed())
          .limit(ANCHORS_PER_NAME).toList());
    }
    readings.values().removeIf(List::isEmpty);
    return readings;
  }

  private Map<String, Double> focus(Collection<String> placeNames, Collection<String> contextCountries) {
    Map<String, Double> counts = new HashMap<>();
    for (String name : placeNames) {
      gazetteer.placeOfDemonym(name).filter(GazetteerEntry::isCountry)
          .ifPresent(c -> counts.merge(c.country(), 2.0, Double::sum));
      for (Gazetteer.Candidate c : gazetteer.candidates(name)) {
        // a region spanning countries (an ocean, "the Middle East") is no country's
        if (c.exactName() && (c.entry().isCountry() || c.entry().isRegion()) && !c.entry().country().isEmpty()) {
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
  public Context refine(Context first, Collection<Reading> firstPass, Collection<String> contextCountries) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Double> admins = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Reading r : firstPass) {
      Place p = r.place();
      if (!seen.add(p.gazetteerId())) {
        continue; // a place named five times is one place: a wrong first reading must not outvote the rest
      }
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
    Set<String> capitals = new HashSet<>();
    for (Reading r : firstPass) {
      gazetteer.byId(r.place().gazetteerId()).filter(e -> e.featureCode().equals("PPLC"))
          .ifPresent(e -> capitals.add(e.id()));
    }
    return new Context(focus, first.readingsByName(), first.containers(), first.dateline(), Set.copyOf(capitals),
        first.cues());
  }

  /**
   * The best reading of a name.
   *
   * @param modifier precision the text gives ("X province": ADMIN1, "near X": NEAR), or null
   * @param trusted  whether something besides the gazetteer (NER, gold annotation) says this is a place;
   *                 if not, small villages outside the focus countries are refused as likely words
   */
  public Optional<Reading> resolve(String name, GeoPrecision modifier, boolean trusted, Context context) {
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
  public Optional<Reading> resolve(String name, GeoPrecision modifier, boolean trusted, Context context,
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
          placed.get().place().longitude()) > NEAR_KM)) {
        return placed;
      }
    }
    return reading;
  }

  /** Whether a reading is a small place outside every container the text names for it. */
  private boolean obscureOutside(Reading r, List<GazetteerEntry> holders) {
    return gazetteer.byId(r.place().gazetteerId())
        .map(e -> !insideAny(e, holders) && !holders.contains(e) && e.population() < OBSCURE_POPULATION)
        .orElse(false);
  }

  /**
   * The container itself, at its own precision (a state, a county, a country), for a place the
   * gazetteer does not know inside it: the text's own statement of where the place is, not a guess.
   * A city holds a place near it ("Foua and Kfraya in Idlib", "Giza's Haram district"), where the
   * form allows ({@link PlaceContainment.Form#cityHolds}).
   */
  private Optional<Reading> withinContainer(PlaceContainment.Container container, List<GazetteerEntry> holders,
                                            Context context) {
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

  /** Whether a reading lies in one of the containers the text names for it. */
  private static boolean insideAny(GazetteerEntry e, List<GazetteerEntry> holders) {
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
   * A name the gazetteer does not know as a whole, read from the place inside it, and marked as near
   * that place, never as exact: "Greater Toronto Area" and "North London" from Toronto and London,
   * "Fars Province" and "Plymouth Co." as the divisions they name, "Vancouver Art Gallery" and
   * "Colorado State University" from the place their name carries. Only the inner name is scored; if
   * none is known the name stays unresolved.
   */
  private Optional<Reading> resolveByPart(String name, boolean trusted, Context context) {
    List<String> words = List.of(name.strip().split("\\s+|(?<=\\p{L})-(?=\\p{Lu})"));
    if (words.size() < 2) {
      return Optional.empty();
    }
    int from = 0;
    int to = words.size();
    while (from < to - 1 && QUALIFIERS.contains(NameKeys.fold(words.get(from)))) {
      from++;
    }
    GeoPrecision level = null;
    while (to > from + 1 && AREA_WORDS.containsKey(NameKeys.fold(words.get(to - 1)))) {
      GeoPrecision p = AREA_WORDS.get(NameKeys.fold(words.get(to - 1)));
      level = level == null ? p : level;
      to--;
    }
    if (from > 0 || to < words.size()) {
      GeoPrecision modifier = level == GeoPrecision.ADMIN1 || level == GeoPrecision.ADMIN2 ? level : GeoPrecision.NEAR;
      Optional<Reading> inner = resolveWhole(String.join(" ", words.subList(from, to)), modifier, trusted, context,
          List.of());
      if (inner.isPresent()) {
        return inner;
      }
    }
    // The longest run of capitalised words that names a place of some standing, the leftmost first.
    for (int length = words.size() - 1; length >= 1; length--) {
      for (int i = 0; i + length <= words.size(); i++) {
        List<String> run = words.subList(i, i + length);
        if (!run.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))) || onlyDirections(run)
            || length == 1 && GENERIC_WORDS.contains(NameKeys.fold(run.get(0)))
            || i > 0 && length == 1 && gazetteer.placeOfDemonym(run.get(0)).isPresent()) {
          // "South" of "South Kilburn Estate" is no place, nor "Town" of "Bains and Grants Town" nor
          // "Island" (Iceland's own name) of "Fire Island"; "American" of "Central American" is no
          // country, though "Russian" of "Russian Embassy" is
          continue;
        }
        Optional<Reading> inner = resolveWhole(String.join(" ", run), GeoPrecision.NEAR, trusted, context, List.of())
            .filter(r -> r.place().precision() != GeoPrecision.NEAR || prominent(r.place()));
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a name is the short form of a place's name that drops a lower-case tail: "Newcastle" of
   * "Newcastle upon Tyne", "Frankfurt" of "Frankfurt am Main", "Stoke" of "Stoke-on-Trent". News uses
   * the short form as the city's own name, so it counts as the place's preferred name.
   */
  static boolean isShortForm(String folded, String placeName) {
    String[] words = placeName.split("[\\s-]+");
    int k = folded.split(" ").length;
    return words.length > k && !words[k].isEmpty() && Character.isLowerCase(words[k].charAt(0))
        && NameKeys.fold(String.join(" ", java.util.Arrays.copyOf(words, k))).equals(folded);
  }

  /**
   * A story of capitals ("in Russia and Paris and at the Foreign Office in London", datelined
   * Washington) speaks of countries: the share, up to two, of other national capitals its first pass
   * read, which a capital reading gains as its neighbours.
   */
  private static double otherCapitals(GazetteerEntry e, Context context) {
    long others = context.capitals().stream().filter(id -> !id.equals(e.id())).count();
    return Math.min(others, 2) / 2.0;
  }

  /** Whether every word is a compass word or qualifier ("West", "South East", "Central", "West Coast"). */
  private static boolean onlyDirections(List<String> words) {
    return words.stream().map(NameKeys::fold).allMatch(w -> QUALIFIERS.contains(w) || w.equals("coast"));
  }

  /** A town big enough that an institution or event named after it is likely named after it. */
  private boolean prominent(Place p) {
    return gazetteer.byId(p.gazetteerId()).map(e -> e.population() >= 50_000).orElse(false);
  }

  private Optional<Reading> resolveWhole(String name, GeoPrecision modifier, boolean trusted, Context context,
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
    boolean compassName = onlyDirections(List.of(folded.split(" ")));
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
      boolean primaryName = e.isRegion() || e.isLandmark() || e.isAirport() || bears(e, folded)
          || isShortForm(folded, e.name());
      double adminFocus = e.admin1Code().isEmpty() || e.isAdmin1() ? 0
          : focus.getOrDefault(e.country() + "." + e.admin1Code(), 0.0);
      double score = (c.exactName() ? 1.0 : 0.5) + (primaryName ? 0.5 : 0) + featureWeight(e, modifier)
          + 0.6 * Math.log10(e.population() + 1) / 7.0 + 1.2 * countryFocus + 0.8 * adminFocus
          + NEIGHBOURS_WEIGHT * neighbours(e, folded, context)
          + (insideAny(e, holders) ? CONTAINMENT_WEIGHT : 0)
          + (e == datelinePlace ? DATELINE_WEIGHT : 0)
          + (e.featureCode().equals("PPLC") ? CAPITALS_WEIGHT * otherCapitals(e, context) : 0);
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
        .filter(c -> c.exactName() && c.entry().isPopulatedPlace() && bears(c.entry(), folded))
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
   * Spatial coherence: the share of the document's other place names that have a reading near this
   * one. A place is near another within {@value #NEAR_KM} km (full credit; none beyond
   * {@value #FAR_KM} km, log-linear between) or inside a first-level division read from another name;
   * a country or first-level division is near the names with a reading inside it. A story of Bowling
   * Green, Edmonton and Glasgow is in Kentucky; one of Strathroy, Middlesex and London is in Ontario;
   * "California" beside San Diego and Fresno is the state, not a hamlet that happens to neighbour one.
   */
  private static double neighbours(GazetteerEntry e, String folded, Context context) {
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
  private static double nearness(GazetteerEntry e, GazetteerEntry other) {
    if (e.isCountry()) {
      return other.country().equals(e.country()) ? 1.0 : 0;
    }
    if (e.isAdmin1() || other.isAdmin1()) {
      return other.country().equals(e.country()) && other.admin1Code().equals(e.admin1Code()) ? 1.0 : 0;
    }
    double km = Place.distanceKm(e.latitude(), e.longitude(), other.latitude(), other.longitude());
    return km <= NEAR_KM ? 1.0 : km >= FAR_KM ? 0 : 1 - Math.log(km / NEAR_KM) / Math.log(FAR_KM / NEAR_KM);
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

  private static double featureWeight(GazetteerEntry e, GeoPrecision modifier) {
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
