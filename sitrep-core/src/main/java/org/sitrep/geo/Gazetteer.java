package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * An in-memory place-name index over GeoNames data (built once by {@link GazetteerBuilder} and read
 * from a cached binary file) plus the team's regions. Lookups try the folded name first and the
 * transliteration skeleton second ({@link NameKeys}).
 */
public final class Gazetteer {
  static final int FORMAT_VERSION = 4;
  private static final int MAGIC = 0x53495447; // "SITG"

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> byFolded;
  private final Map<String, int[]> byVariant;
  /** Position of each entry in {@link #entries}, by id: names in the indexes point at positions. */
  private final Map<String, Integer> positionById;
  /** Folded demonym ("syrian") to the id of its place. Kept apart from names: "Syrian" is not a place name. */
  private final Map<String, String> demonyms;
  /** The most populous populated place of each first-level division, by "CC.A1". */
  private final Map<String, GazetteerEntry> largestPlaceByAdmin1;

  Gazetteer(List<GazetteerEntry> entries, Map<String, int[]> byFolded, Map<String, int[]> byVariant,
            Map<String, String> demonyms) {
    this.entries = entries;
    this.byFolded = byFolded;
    this.byVariant = byVariant;
    this.demonyms = demonyms;
    this.positionById = new HashMap<>(entries.size() * 2);
    this.largestPlaceByAdmin1 = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      GazetteerEntry e = entries.get(i);
      positionById.put(e.id(), i);
      if (e.isPopulatedPlace() && !e.admin1Code().isEmpty()) {
        largestPlaceByAdmin1.merge(e.country() + "." + e.admin1Code(), e,
            (a, b) -> b.population() > a.population() ? b : a);
      }
    }
  }

  /** A candidate reading of a name, and whether it came from the strict (folded) tier. */
  public record Candidate(GazetteerEntry entry, boolean exactName) {
  }

  public int size() {
    return entries.size();
  }

  /** Candidates for a surface form: exact folded matches if any, else transliteration-variant matches. */
  public List<Candidate> candidates(String surface) {
    String folded = NameKeys.fold(surface);
    if (folded.isEmpty()) {
      return List.of();
    }
    int[] hits = byFolded.get(folded);
    if (hits != null) {
      return toCandidates(hits, true);
    }
    // A skeleton of fewer than four consonants ("dr" of "Deir") matches too many unrelated names.
    String variant = NameKeys.variant(surface);
    hits = variant.replace(" ", "").length() < 4 ? null : byVariant.get(variant);
    return hits == null ? List.of() : toCandidates(hits, false);
  }

  private List<Candidate> toCandidates(int[] hits, boolean exact) {
    List<Candidate> out = new ArrayList<>(hits.length);
    for (int i : hits) {
      out.add(new Candidate(entries.get(i), exact));
    }
    return out;
  }

  public Optional<GazetteerEntry> byId(String id) {
    Integer position = positionById.get(id);
    return position == null ? Optional.empty() : Optional.of(entries.get(position));
  }

  public Optional<GazetteerEntry> admin1Of(GazetteerEntry e) {
    if (e.admin1Code().isEmpty() || e.isCountry()) {
      return Optional.empty();
    }
    return byId("admin1:" + e.country() + "." + e.admin1Code());
  }

  public Optional<GazetteerEntry> admin2Of(GazetteerEntry e) {
    if (e.admin2Code().isEmpty()) {
      return Optional.empty();
    }
    return byId("admin2:" + e.country() + "." + e.admin1Code() + "." + e.admin2Code());
  }

  /** The most populous place of a first-level division: its metropolis, which news may name it by. */
  public Optional<GazetteerEntry> largestPlaceIn(GazetteerEntry admin1) {
    return Optional.ofNullable(largestPlaceByAdmin1.get(admin1.country() + "." + admin1.admin1Code()));
  }

  /** The populated places of a country (ISO alpha-2), in no particular order. */
  public List<GazetteerEntry> populatedPlacesIn(String iso2) {
    return entries.stream().filter(e -> e.isPopulatedPlace() && e.country().equals(iso2)).toList();
  }

  /** The first-level divisions of a country (ISO alpha-2). */
  public List<GazetteerEntry> admin1sOf(String iso2) {
    return entries.stream().filter(e -> e.isAdmin1() && e.country().equals(iso2)).toList();
  }

  /** The second-level divisions of a country (ISO alpha-2). */
  public List<GazetteerEntry> admin2sOf(String iso2) {
    return entries.stream().filter(e -> e.isAdmin2() && e.country().equals(iso2)).toList();
  }

  public Optional<GazetteerEntry> country(String iso2) {
    return byId("country:" + iso2);
  }

  /** The place a demonym or adjective stands for: "Syrian", "Syrians", "Iraqi", "European". */
  public Optional<GazetteerEntry> placeOfDemonym(String word) {
    String key = NameKeys.fold(word);
    String id = demonyms.get(key);
    if (id == null && key.endsWith("s")) {
      id = demonyms.get(key.substring(0, key.length() - 1));
    }
    return id == null ? Optional.empty() : byId(id);
  }

  /**
   * The name of the nearest town of 1,000 people or more to a point, as reports and hot-spot maps name a
   * point ("near Hajin"): the one function the CLI, the server and the reports share.
   */
  public java.util.function.BiFunction<Double, Double, Optional<String>> nearestTown() {
    return (lat, lon) -> nearestPlace(lat, lon, 1000).map(GazetteerEntry::name);
  }

  /** The populated place of at least {@code minPopulation} nearest to a point, to name an area ("around Hajin"). */
  public Optional<GazetteerEntry> nearestPlace(double lat, double lon, long minPopulation) {
    GazetteerEntry best = null;
    double bestKm = Double.MAX_VALUE;
    Place probe = new Place("probe", "", lat, lon, "", "", "", GeoPrecision.EXACT);
    for (GazetteerEntry e : entries) {
      if (e.isPopulatedPlace() && e.population() >= minPopulation && Math.abs(e.latitude() - lat) < 2) {
        double km = probe.distanceKm(e.latitude(), e.longitude());
        if (km < bestKm) {
          bestKm = km;
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entry as a domain {@link Place}, with admin names filled in from the index. */
  public Place toPlace(GazetteerEntry e, GeoPrecision precision) {
    String admin1 = e.isAdmin1() ? e.name() : admin1Of(e).map(GazetteerEntry::name).orElse("");
    String admin2 = e.isAdmin2() ? e.name() : admin2Of(e).map(GazetteerEntry::name).orElse("");
    return new Place(e.id(), e.name(), e.latitude(), e.longitude(), admin1, admin2, e.country(), precision);
  }

  /**
   * A copy of this gazetteer with the team's and users' additions: new entries with their names, more
   * names for existing entries (by id: "U.S." for "country:US"), more demonyms (word to id) and better
   * representative points for existing entries (id to {lat, lon}).
   */
  public Gazetteer withExtras(Map<GazetteerEntry, List<String>> newEntries, Map<String, List<String>> moreNames,
                              Map<String, String> moreDemonyms, Map<String, double[]> relocations) {
    // A smaller gazetteer (a test's) may lack some of the ids named: those additions are skipped.
    List<GazetteerEntry> all = new ArrayList<>(entries);
    relocations.forEach((id, point) -> {
      Integer position = positionById.get(id);
      if (position != null) {
        GazetteerEntry old = entries.get(position);
        all.set(position, new GazetteerEntry(old.id(), old.name(), point[0], point[1], old.featureCode(),
            old.country(), old.admin1Code(), old.admin2Code(), old.population()));
      }
    });
    Map<String, int[]> folded = new HashMap<>(byFolded);
    Map<String, int[]> variant = new HashMap<>(byVariant);
    Map<String, Integer> indexOf = new HashMap<>(positionById);
    for (Map.Entry<GazetteerEntry, List<String>> x : newEntries.entrySet()) {
      indexOf.put(x.getKey().id(), all.size());
      all.add(x.getKey());
    }
    List<GazetteerEntry> frozen = List.copyOf(all);
    Map<String, List<String>> names = new HashMap<>(moreNames);
    newEntries.forEach((e, n) -> names.merge(e.id(), n, (a, b) -> {
      List<String> both = new ArrayList<>(a);
      both.addAll(b);
      return both;
    }));
    names.forEach((id, list) -> {
      Integer index = indexOf.get(id);
      if (index == null) {
        return;
      }
      for (String name : list) {
        append(folded, NameKeys.fold(name), index);
        append(variant, NameKeys.variant(name), index);
      }
    });
    Map<String, String> dem = new HashMap<>(demonyms);
    moreDemonyms.forEach((word, id) -> {
      if (indexOf.containsKey(id)) {
        dem.put(NameKeys.fold(word), id);
      }
    });
    return new Gazetteer(frozen, folded, variant, dem);
  }

  private static void append(Map<String, int[]> index, String key, int value) {
    if (key.isEmpty()) {
      return;
    }
    int[] old = index.get(key);
    if (old == null) {
      index.put(key, new int[] {value});
      return;
    }
    for (int v : old) {
      if (v == value) {
        return;
      }
    }
    int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
    grown[old.length] = value;
    index.put(key, grown);
  }

  /** Builds the name maps for a list of entries with their names (used by the builder and by tests). */
  static Gazetteer index(List<GazetteerEntry> entries, List<? extends Set<String>> namesPerEntry,
                         Map<String, String> demonymCountries) {
    Map<String, int[]> folded = new HashMap<>();
    Map<String, int[]> variant = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String name : namesPerEntry.get(i)) {
        append(folded, NameKeys.fold(name), i);
        append(variant, NameKeys.variant(name), i);
      }
    }
    Map<String, String> demonyms = new HashMap<>();
    demonymCountries.forEach((demonym, iso2) -> demonyms.put(NameKeys.fold(demonym), "country:" + iso2));
    return new Gazetteer(List.copyOf(entries), folded, variant, demonyms);
  }

  // ---- cache file ------------------------------------------------------------------------------

  /** Writes the index atomically (temp file + rename), so an interrupted build never leaves half a file. */
  public void save(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeInt(entries.size());
      for (GazetteerEntry e : entries) {
        out.writeUTF(e.id());
        out.writeUTF(e.name());
        out.writeDouble(e.latitude());
        out.writeDouble(e.longitude());
        out.writeUTF(e.featureCode());
        out.writeUTF(e.country());
        out.writeUTF(e.admin1Code());
        out.writeUTF(e.admin2Code());
        out.writeLong(e.population());
      }
      writeIndex(out, byFolded);
      writeIndex(out, byVariant);
      out.writeInt(demonyms.size());
      for (Map.Entry<String, String> d : demonyms.entrySet()) {
        out.writeUTF(d.getKey());
        out.writeUTF(d.getValue());
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeIndex(DataOutputStream out, Map<String, int[]> index) throws IOException {
    out.writeInt(index.size());
    for (Map.Entry<String, int[]> e : index.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().length);
      for (int v : e.getValue()) {
        out.writeInt(v);
      }
    }
  }

  public static Gazetteer load(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a Sitrep gazetteer index");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new IOException(file + " has index format " + version + ", expected " + FORMAT_VERSION
            + ": rebuild it with 'sitrep gazetteer build'");
      }
      int n = in.readInt();
      List<GazetteerEntry> entries = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        entries.add(new GazetteerEntry(in.readUTF(), in.readUTF(), in.readDouble(), in.readDouble(), in.readUTF(),
            in.readUTF(), in.readUTF(), in.readUTF(), in.readLong()));
      }
      Map<String, int[]> folded = readIndex(in);
      Map<String, int[]> variant = readIndex(in);
      int nDemonyms = in.readInt();
      Map<String, String> demonyms = new HashMap<>(nDemonyms * 2);
      for (int i = 0; i < nDemonyms; i++) {
        demonyms.put(in.readUTF(), in.readUTF());
      }
      return new Gazetteer(Collections.unmodifiableList(entries), folded, variant, demonyms);
    }
  }

  private static Map<String, int[]> readIndex(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<String, int[]> index = new HashMap<>(size * 4 / 3 + 1);
    for (int i = 0; i < size; i++) {
      String key = in.readUTF();
      int[] values = new int[in.readInt()];
      for (int j = 0; j < values.length; j++) {
        values[j] = in.readInt();
      }
      index.put(key, values);
    }
    return index;
  }
}
