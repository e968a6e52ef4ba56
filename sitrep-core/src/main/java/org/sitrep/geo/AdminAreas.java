package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * First- or second-level divisions of a country as areas, derived from data Sitrep already has, for a map shaded
 * by division. No admin-boundary data set installs from a registry, so the shapes are built: every
 * populated place of the country in GeoNames gets the area nearer to it than to any other place (a
 * Voronoi diagram), the areas of a division's places are joined, and the result is cut to the
 * country's outline (Natural Earth, from the world-countries package). Borders are approximate, within
 * about half the distance between neighbouring towns of two divisions, which is fine for shading
 * counts and says so; the names and codes are GeoNames'. Where GeoNames gives a town no division (often
 * at the second level), the land nearest it belongs to no area. Built once per country and level, and kept.
 */
public final class AdminAreas {
  /** Simplification tolerance in degrees (about 1 km): the areas are drawn at country zooms. */
  private static final double TOLERANCE = 0.01;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNKNOWN = "?";

  /** One division: its GeoNames code ("SY.13", "SY.13.1312"), name and area. */
  public record Area(String code, String name, Geometry shape) {
  }

  private final Gazetteer gazetteer;
  private final Path countryShapes;
  private final Map<String, List<Area>> built = new ConcurrentHashMap<>(); // by "SY/1"
  private final GeometryFactory geometry = new GeometryFactory();

  /**
   * @param countryShapes the world-countries package's data directory ({@code xxx.geo.json} by ISO
   *                      alpha-3 code, and {@code ../countries.json} to map alpha-2 codes to them)
   */
  public AdminAreas(Gazetteer gazetteer, Path countryShapes) {
    this.gazetteer = gazetteer;
    this.countryShapes = countryShapes;
  }

  /** In the setup cache: the npm packages ./setup installs. */
  public static AdminAreas inSetupCache(Gazetteer gazetteer) {
    return new AdminAreas(gazetteer, GeoData.nodeModules().resolve("world-countries").resolve("data"));
  }

  /** The first-level divisions of a country (ISO alpha-2), empty when its outline or places are not known. */
  public List<Area> of(String iso2) {
    return of(iso2, 1);
  }

  /** The divisions of a country at a level (1 or 2), empty when its outline or places are not known. */
  public List<Area> of(String iso2, int level) {
    if (level != 1 && level != 2) {
      throw new IllegalArgumentException("level must be 1 or 2, not " + level);
    }
    String country = iso2.toUpperCase(Locale.ROOT);
    return built.computeIfAbsent(country + "/" + level, k -> build(country, level));
  }

  /** A place's division at a level, as its code within the country ("13" or "13.1312"), or null. */
  private static String division(GazetteerEntry p, int level) {
    if (p.admin1Code().isEmpty() || p.admin1Code().equals("00")) {
      return null;
    }
    if (level == 1) {
      return p.admin1Code();
    }
    return p.admin2Code().isEmpty() ? null : p.admin1Code() + "." + p.admin2Code();
  }

  private List<Area> build(String iso2, int level) {
    Optional<Geometry> outline = outline(iso2);
    if (outline.isEmpty()) {
      return List.of();
    }
    // towns whose division GeoNames does not give take part too, so that a known division's area stops
    // halfway to them instead of spreading over land it may not hold; their areas are then left out
    Map<Coordinate, String> divisionBySite = new HashMap<>();
    for (GazetteerEntry p : gazetteer.populatedPlacesIn(iso2)) {
      String code = division(p, level);
      divisionBySite.putIfAbsent(new Coordinate(p.longitude(), p.latitude()), code == null ? UNKNOWN : code);
    }
    if (divisionBySite.size() < 2) {
      return List.of();
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(divisionBySite.keySet());
    voronoi.setClipEnvelope(outline.get().getEnvelopeInternal());
    Geometry cells = voronoi.getDiagram(geometry);
    Map<String, List<Geometry>> cellsByDivision = new HashMap<>();
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      String code = divisionBySite.get((Coordinate) cell.getUserData());
      if (code != null && !code.equals(UNKNOWN)) {
        cellsByDivision.computeIfAbsent(code, c -> new ArrayList<>()).add(cell);
      }
    }
    Map<String, String> names = new HashMap<>();
    for (GazetteerEntry a : level == 1 ? gazetteer.admin1sOf(iso2) : gazetteer.admin2sOf(iso2)) {
      names.put(level == 1 ? a.admin1Code() : a.admin1Code() + "." + a.admin2Code(), a.name());
    }
    List<Area> out = new ArrayList<>();
    cellsByDivision.forEach((code, parts) -> {
      Geometry shape = UnaryUnionOp.union(parts).intersection(outline.get());
      if (!shape.isEmpty()) {
        out.add(new Area(iso2 + "." + code, names.getOrDefault(code, code),
            TopologyPreservingSimplifier.simplify(shape, TOLERANCE)));
      }
    });
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** The country's outline from world-countries' GeoJSON, by its alpha-3 code. */
  private Optional<Geometry> outline(String iso2) {
    try {
      Path index = countryShapes.resolveSibling("countries.json");
      if (!Files.isRegularFile(index)) {
        return Optional.empty();
      }
      String alpha3 = null;
      for (JsonNode c : JSON.readTree(index.toFile())) {
        if (iso2.equalsIgnoreCase(c.path("cca2").asText())) {
          alpha3 = c.path("cca3").asText().toLowerCase(Locale.ROOT);
        }
      }
      Path file = alpha3 == null ? null : countryShapes.resolve(alpha3 + ".geo.json");
      if (file == null || !Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<Geometry> parts = new ArrayList<>();
      for (JsonNode f : JSON.readTree(file.toFile()).path("features")) {
        JsonNode g = f.path("geometry");
        if ("Polygon".equals(g.path("type").asText())) {
          parts.add(polygon(g.path("coordinates")));
        } else if ("MultiPolygon".equals(g.path("type").asText())) {
          for (JsonNode p : g.path("coordinates")) {
            parts.add(polygon(p));
          }
        }
      }
      return parts.isEmpty() ? Optional.empty() : Optional.of(UnaryUnionOp.union(parts));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Polygon polygon(JsonNode rings) {
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return geometry.createPolygon(shell, holes);
  }

  private LinearRing ring(JsonNode points) {
    Coordinate[] c = new Coordinate[points.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
    }
    return geometry.createLinearRing(c);
  }

  /** The areas as GeoJSON features, each with its code, name and the properties given for its code. */
  public static List<Map<String, Object>> features(List<Area> areas, Map<String, Map<String, Object>> properties) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Area a : areas) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("code", a.code());
      props.put("name", a.name());
      props.putAll(properties.getOrDefault(a.code(), Map.of()));
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("type", "Feature");
      f.put("properties", props);
      f.put("geometry", geoJson(a.shape()));
      out.add(f);
    }
    return out;
  }

  private static Map<String, Object> geoJson(Geometry g) {
    List<Object> polygons = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(coordinates(p.getExteriorRing().getCoordinates()));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(coordinates(p.getInteriorRingN(h).getCoordinates()));
        }
        polygons.add(rings);
      }
    }
    return Map.of("type", "MultiPolygon", "coordinates", polygons);
  }

  private static List<double[]> coordinates(Coordinate[] cs) {
    List<double[]> out = new ArrayList<>(cs.length);
    for (Coordinate c : cs) {
      out.add(new double[] {Math.round(c.x * 1e4) / 1e4, Math.round(c.y * 1e4) / 1e4});
    }
    return out;
  }
}
