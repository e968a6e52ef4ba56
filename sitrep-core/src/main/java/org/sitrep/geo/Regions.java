package org.sitrep.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.data.DataFile;

/**
 * The team's regions file (and users' own): deserts, valleys, informal regions, small villages and
 * landmarks that GeoNames cities500 lacks. Their names are matched as phrases, since many are not capitalised
 * ("northeast Syria"), and added to the gazetteer so that lookups find them too.
 */
public final class Regions {
  public static final String BUNDLED = "org/sitrep/geo/regions.yaml";
  private static final Set<String> FEATURES = org.sitrep.text.WordLists.bundled().words("Regions.FEATURES");

  private final Map<GazetteerEntry, List<String>> namesByEntry;
  private final Map<String, List<String>> aliases;
  private final Map<String, String> demonyms;
  private final Map<String, double[]> relocations;
  private final Map<String, GazetteerEntry> byLowerName = new HashMap<>();
  private final Pattern phrases;

  private Regions(Map<GazetteerEntry, List<String>> namesByEntry, Map<String, List<String>> aliases,
                  Map<String, String> demonyms, Map<String, double[]> relocations) {
    this.namesByEntry = namesByEntry;
    this.relocations = relocations;
    this.aliases = aliases;
    this.demonyms = demonyms;
    List<String> all = new ArrayList<>();
    namesByEntry.forEach((entry, names) -> {
      for (String n : names) {
        byLowerName.put(n.toLowerCase(Locale.ROOT), entry);
        all.add(n);
      }
    });
    all.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < all.size(); i++) {
      re.append(i > 0 ? "|" : "").append(Pattern.quote(all.get(i)));
    }
    re.append(")(?![\\p{L}\\p{N}])");
    this.phrases = all.isEmpty() ? null : Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public static Regions load(List<Path> userFiles) {
    Map<GazetteerEntry, List<String>> entries = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, String> demonyms = new LinkedHashMap<>();
    Map<String, double[]> relocations = new LinkedHashMap<>();
    readInto(DataFile.readResource(BUNDLED), entries, aliases, demonyms, relocations);
    for (Path p : userFiles) {
      readInto(DataFile.read(p), entries, aliases, demonyms, relocations);
    }
    return new Regions(entries, aliases, demonyms, relocations);
  }

  private static void readInto(Map<String, List<DataFile.Entry>> file, Map<GazetteerEntry, List<String>> out,
                               Map<String, List<String>> aliases, Map<String, String> demonyms,
                               Map<String, double[]> relocations) {
    for (DataFile.Entry e : file.getOrDefault("aliases", List.of())) {
      String target = e.required("target");
      if (!target.matches("(country|admin1|admin2|geonames|region):\\S+")) {
        throw e.invalid("target must be a gazetteer id such as country:US or geonames:170794, got '" + target + "'");
      }
      aliases.computeIfAbsent(target, k -> new ArrayList<>()).addAll(e.strings("names"));
      e.strings("demonyms").forEach(d -> demonyms.put(d, target));
      if (e.node().has("lat") || e.node().has("lon")) {
        relocations.put(target, new double[] {e.number("lat"), e.number("lon")});
      }
    }
    for (DataFile.Entry e : file.getOrDefault("regions", List.of())) {
      String id = e.required("id");
      double lat = e.number("lat");
      double lon = e.number("lon");
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw e.invalid("lat/lon out of range: " + lat + ", " + lon);
      }
      String country = e.text("country");
      if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
        throw e.invalid("country must be an ISO 3166-1 alpha-2 code such as SY (or \"\" for a continent), got '"
            + country + "'");
      }
      String feature = e.text("feature").isEmpty() ? "RGN" : e.text("feature");
      if (!FEATURES.contains(feature)) {
        throw e.invalid("feature must be one of " + FEATURES + ", got '" + feature + "'");
      }
      String name = e.required("name");
      List<String> names = new ArrayList<>();
      names.add(name);
      names.addAll(e.strings("aliases"));
      out.put(new GazetteerEntry("region:" + id, name, lat, lon, feature, country, e.text("admin1"), "", 0), names);
      e.strings("demonyms").forEach(d -> demonyms.put(d, "region:" + id));
    }
  }

  /** More names for gazetteer entries, by id ("country:US" → "U.S.", "USA"). */
  public Map<String, List<String>> aliases() {
    return aliases;
  }

  /** Demonyms of regions and extra ones of countries, word to gazetteer id. */
  public Map<String, String> demonyms() {
    return demonyms;
  }

  /** Representative points that replace the gazetteer's for some entries, id to {lat, lon}. */
  public Map<String, double[]> relocations() {
    return relocations;
  }

  /** Entries with their names, to add to the gazetteer. */
  public Map<GazetteerEntry, List<String>> entries() {
    return namesByEntry;
  }

  /** A region phrase found in a text. */
  public record Match(GazetteerEntry entry, int start, int end) {
  }

  public List<Match> find(CharSequence text) {
    List<Match> out = new ArrayList<>();
    if (phrases == null) {
      return out;
    }
    Matcher m = phrases.matcher(text);
    while (m.find()) {
      GazetteerEntry e = byLowerName.get(m.group().toLowerCase(Locale.ROOT));
      // a building is named, not described: "the White House", not "a white house on the corner"
      boolean described = e != null && e.isLandmark() && !Character.isUpperCase(m.group().charAt(0));
      if (e != null && !described) {
        out.add(new Match(e, m.start(), m.end()));
      }
    }
    return out;
  }
}
