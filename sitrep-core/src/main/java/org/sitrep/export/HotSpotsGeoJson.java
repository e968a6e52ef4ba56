package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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

  /** A Feature with a cell's hexagon as its Polygon; returns its properties to fill. */
  public static ObjectNode cellFeature(ArrayNode features, List<double[]> boundary) {
    ObjectNode f = features.addObject().put("type", "Feature");
    ArrayNode ring = f.putObject("geometry").put("type", "Polygon").putArray("coordinates").addArray();
    for (double[] v : boundary) {
      ring.addArray().add(v[1]).add(v[0]);
    }
    ring.addArray().add(boundary.get(0)[1]).add(boundary.get(0)[0]);
    return f.putObject("properties");
  }
}
