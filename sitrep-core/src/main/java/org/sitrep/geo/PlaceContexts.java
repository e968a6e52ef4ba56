package org.sitrep.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * Reads what a document says of its place names once for all their mentions, into the
 * {@link PlaceContext} the resolver weighs each reading against: the story's focus (the countries and
 * divisions it names, its actors' and publisher's countries), every name's readings for spatial
 * coherence, the containers and cues the text writes, the name alone in its dateline; and, after a
 * first pass, a refined focus from what that pass read.
 */
public final class PlaceContexts {
  /** Readings of a name that may anchor its neighbours: the most populous, so that hamlets sharing a
   * common name ("Washington", "Columbia") do not make every town near one of them look coherent. */
  private static final int ANCHORS_PER_NAME = 10;
  private final Gazetteer gazetteer;

  public PlaceContexts(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * A document's first context: each country's share of the country names and demonyms among its
   * place names (weight 2) and of context countries (weight 0.5): its actors', its publisher's.
   */
  public PlaceContext first(Collection<String> placeNames, Collection<String> contextCountries) {
    return new PlaceContext(focus(placeNames, contextCountries), readingsByName(placeNames), Map.of(), "", Set.of(),
        Map.of());
  }

  /**
   * What the text says of each of a document's place names, one entry per name in order: the place
   * written as holding it ({@link PlaceContainment#containersOf}), its cue (its own words, and
   * {@link #withHolderCues}), and the document's first context (see {@link #story}).
   */
  public record Story(List<PlaceContainment.Container> containers, List<GeoPrecision> cues, PlaceContext first) {
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
    return new Story(containers, cues, first(text, names, containers, cues, contextCountries));
  }

  private PlaceContext first(String text, List<PlaceContainment.Named> names, List<PlaceContainment.Container> containers,
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
    return first(names.stream().map(PlaceContainment.Named::name).toList(), contextCountries)
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
        .anyMatch(c -> c.exactName() && c.entry().isAdmin1() && c.entry().bears(folded));
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
  public PlaceContext refine(PlaceContext first, Collection<PlaceResolver.Reading> firstPass, Collection<String> contextCountries) {
    Map<String, Double> countries = new HashMap<>();
    Map<String, Double> admins = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (PlaceResolver.Reading r : firstPass) {
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
    for (PlaceResolver.Reading r : firstPass) {
      gazetteer.byId(r.place().gazetteerId()).filter(e -> e.featureCode().equals("PPLC"))
          .ifPresent(e -> capitals.add(e.id()));
    }
    return new PlaceContext(focus, first.readingsByName(), first.containers(), first.dateline(), Set.copyOf(capitals),
        first.cues());
  }
}
