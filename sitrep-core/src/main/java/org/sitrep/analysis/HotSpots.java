package org.sitrep.analysis;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hot and cold spots of events on the H3 hexagonal grid: events are counted per cell at the chosen
 * resolution; the study area is every cell with events and the cells within k rings of them (so that
 * quiet surroundings count); each cell's Gi* z-score uses its k-ring as neighbourhood; p-values are
 * two-sided and corrected for the many cells tested by Benjamini-Hochberg. A cell is a hot (cold) spot
 * at 99, 95 or 90% confidence when its corrected p-value is under 0.01, 0.05 or 0.10.
 */
public final class HotSpots {
  private static final H3Core H3;

  static {
    try {
      H3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("H3 native library could not be loaded", e);
    }
  }

  /** One cell of the result. */
  public record Cell(String h3, double lat, double lon, long events, double z, double p, double q, String category,
                     List<double[]> boundary) {
    public boolean isHot() {
      return category.startsWith("hot");
    }
  }

  private HotSpots() {
  }

  /**
   * @param points     event locations, {lat, lon}
   * @param resolution H3 resolution (0-15; 6 is about 36 km² a cell)
   * @param rings      neighbourhood radius in rings (1 = the cell and its 6 neighbours)
   */
  public static List<Cell> compute(List<double[]> points, int resolution, int rings) {
    if (resolution < 0 || resolution > 15 || rings < 1) {
      throw new IllegalArgumentException("resolution must be 0-15 and rings at least 1");
    }
    Map<Long, Long> counts = new HashMap<>();
    for (double[] p : points) {
      counts.merge(H3.latLngToCell(p[0], p[1], resolution), 1L, Long::sum);
    }
    Map<Long, Integer> index = new LinkedHashMap<>();
    for (long cell : counts.keySet().stream().sorted().toList()) {
      for (long near : H3.gridDisk(cell, rings)) {
        index.putIfAbsent(near, index.size());
      }
    }
    List<Long> cells = new ArrayList<>(index.keySet());
    double[] x = new double[cells.size()];
    int[][] neighbours = new int[cells.size()][];
    for (int i = 0; i < cells.size(); i++) {
      long cell = cells.get(i);
      x[i] = counts.getOrDefault(cell, 0L);
      neighbours[i] = H3.gridDisk(cell, rings).stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }
    double[] z = cells.size() > 1 ? GetisOrd.giStar(x, neighbours) : new double[cells.size()];
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = FalseDiscovery.twoSided(z[i]);
    }
    double[] q = FalseDiscovery.adjust(p);
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      long cell = cells.get(i);
      LatLng centre = H3.cellToLatLng(cell);
      List<double[]> boundary = H3.cellToBoundary(cell).stream().map(v -> new double[] {v.lat, v.lng}).toList();
      out.add(new Cell(H3.h3ToString(cell), centre.lat, centre.lng, (long) x[i], z[i], p[i], q[i],
          category(z[i], q[i]), boundary));
    }
    return out;
  }

  static String category(double z, double q) {
    String side = z > 0 ? "hot spot" : "cold spot";
    if (q < 0.01) {
      return side + " 99%";
    }
    if (q < 0.05) {
      return side + " 95%";
    }
    if (q < 0.10) {
      return side + " 90%";
    }
    return "not significant";
  }
}
