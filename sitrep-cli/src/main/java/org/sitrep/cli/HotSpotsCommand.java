package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.analysis.HotSpots;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoData;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep hotspots}: Getis-Ord Gi* hot and cold spots on the H3 grid, as GeoJSON. */
@Command(name = "hotspots", mixinStandardHelpOptions = true,
    description = {"Hot and cold spots of events: Gi* z-scores on H3 cells with a k-ring neighbourhood,",
        "Benjamini-Hochberg corrected, as a GeoJSON FeatureCollection; significant cells are named by the",
        "nearest town of 1,000 people or more."})
final class HotSpotsCommand implements Callable<Integer> {
  @Option(names = "--resolution", defaultValue = "6", description = "H3 resolution, 0-15 (default: ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--rings", defaultValue = "1", description = "Neighbourhood radius in rings (default: ${DEFAULT-VALUE}).")
  int rings;

  @Mixin
  DateRangeOptions dates;

  @Option(names = "--all-cells", description = "Also list cells that are not significant.")
  boolean allCells;

  @Mixin
  FilterOptions filters;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    List<double[]> points;
    try (EventStore store = EventStore.open(db.resolve())) {
      points = store.points(filters.filter(dates.from, dates.to));
    }
    List<HotSpots.Cell> cells = HotSpots.compute(points, resolution, rings);
    Gazetteer gazetteer = GeoData.loadOrBuild();
    ObjectMapper json = new ObjectMapper();
    ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (HotSpots.Cell c : cells) {
      boolean significant = !c.category().equals("not significant");
      if (!significant && !allCells) {
        continue;
      }
      ObjectNode f = features.addObject().put("type", "Feature");
      ObjectNode geometry = f.putObject("geometry").put("type", "Polygon");
      ArrayNode ring = geometry.putArray("coordinates").addArray();
      for (double[] v : c.boundary()) {
        ring.addArray().add(v[1]).add(v[0]); // GeoJSON: longitude first
      }
      ring.addArray().add(c.boundary().get(0)[1]).add(c.boundary().get(0)[0]);
      ObjectNode props = f.putObject("properties").put("h3", c.h3()).put("events", c.events()).put("gi_star_z", c.z())
          .put("p", c.p()).put("q_bh", c.q()).put("category", c.category());
      if (significant) {
        gazetteer.nearestPlace(c.lat(), c.lon(), 1000).ifPresent(e -> props.put("near", e.name()));
      }
    }
    System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(collection));
    return 0;
  }
}
