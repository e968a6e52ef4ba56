package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sitrep.analysis.EmergingHotSpots;
import org.sitrep.analysis.HotSpots;

/**
 * Hot-spot cells as a GeoJSON FeatureCollection (RFC 7946): each H3 cell a Polygon (longitude first,
 * ring closed) with its count, Gi* z, p, BH q, category and, for significant cells, the nearest town.
 */
public final class HotSpotsGeoJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HotSpotsGeoJson() {
  }

  /**
   * @param allCells include cells that are not significant
   * @param near     the name of the town nearest a point, if any
   */
  public static ObjectNode of(List<HotSpots.Cell> cells, boolean allCells, BiFunction<Double, Double, Optional<String>> near) {
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (HotSpots.Cell c : cells) {
      boolean significant = !c.category().equals("not significant");
      if (!significant && !allCells) {
        continue;
      }
      ObjectNode props = cellFeature(features, c.boundary()).put("h3", c.h3()).put("events", c.events())
          .put("gi_star_z", c.z()).put("p", c.p()).put("q_bh", c.q()).put("category", c.category());
      if (significant) {
        near.apply(c.lat(), c.lon()).ifPresent(name -> props.put("near", name));
      }
    }
    return collection;
  }

  /**
   * Emerging hot spots as a FeatureCollection: the time slices, then each cell with its events, its
   * pattern, the Mann-Kendall trend, and per slice its count, Gi* z and hot/cold status; the nearest
   * town for cells with a pattern.
   *
   * @param allCells include cells with no pattern
   */
  public static ObjectNode emerging(EmergingHotSpots.Result result, boolean allCells,
                                    BiFunction<Double, Double, Optional<String>> near) {
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    ArrayNode slices = collection.putArray("slices");
    result.slices().forEach(d -> slices.add(d.toString()));
    ArrayNode features = collection.putArray("features");
    for (EmergingHotSpots.Cell c : result.cells()) {
      boolean pattern = c.pattern() != EmergingHotSpots.Pattern.NO_PATTERN;
      if (!pattern && !allCells) {
        continue;
      }
      ObjectNode props = cellFeature(features, c.boundary()).put("h3", c.h3()).put("events", c.events())
          .put("pattern", c.pattern().label()).put("mann_kendall_s", c.trend().s()).put("trend_p", c.trend().pValue());
      ArrayNode counts = props.putArray("counts");
      ArrayNode z = props.putArray("gi_star_z");
      ArrayNode status = props.putArray("status");
      for (int i = 0; i < c.counts().length; i++) {
        counts.add(c.counts()[i]);
        z.add(c.z()[i]);
        status.add(c.status()[i] > 0 ? "hot" : c.status()[i] < 0 ? "cold" : "");
      }
      if (pattern) {
        near.apply(c.lat(), c.lon()).ifPresent(town -> props.put("near", town));
      }
    }
    return collection;
  }

  /** A Feature with a cell's hexagon as its Polygon; returns its properties to fill. */
  static ObjectNode cellFeature(ArrayNode features, List<double[]> boundary) {
    ObjectNode f = features.addObject().put("type", "Feature");
    ArrayNode ring = f.putObject("geometry").put("type", "Polygon").putArray("coordinates").addArray();
    for (double[] v : boundary) {
      ring.addArray().add(v[1]).add(v[0]);
    }
    ring.addArray().add(boundary.get(0)[1]).add(boundary.get(0)[0]);
    return f.putObject("properties");
  }
}
