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
    check(resolution, rings);
    Map<Long, Long> counts = new HashMap<>();
    int seen = 0;
    for (double[] p : points) {
      if ((++seen & 16383) == 0) {
        Cancellation.check();
      }
      counts.merge(H3.latLngToCell(p[0], p[1], resolution), 1L, Long::sum);
    }
    StudyArea area = StudyArea.around(counts.keySet(), rings);
    double[] x = area.values(counts);
    Significance s = Significance.of(x, area.neighbours());
    List<Cell> out = new ArrayList<>();
    for (int i = 0; i < area.size(); i++) {
      long cell = area.cells().get(i);
      LatLng centre = H3.cellToLatLng(cell);
      out.add(new Cell(H3.h3ToString(cell), centre.lat, centre.lng, (long) x[i], s.z()[i], s.p()[i], s.q()[i],
          category(s.z()[i], s.q()[i]), boundary(cell)));
    }
    return out;
  }

  static void check(int resolution, int rings) {
    if (resolution < 0 || resolution > 15 || rings < 1) {
      throw new IllegalArgumentException("resolution must be 0-15 and rings at least 1");
    }
  }

  /** The H3 cell holding a point. */
  public static long cellOf(double lat, double lon, int resolution) {
    return H3.latLngToCell(lat, lon, resolution);
  }

  static LatLng centre(long cell) {
    return H3.cellToLatLng(cell);
  }

  static String name(long cell) {
    return H3.h3ToString(cell);
  }

  static List<double[]> boundary(long cell) {
    return H3.cellToBoundary(cell).stream().map(v -> new double[] {v.lat, v.lng}).toList();
  }

  /**
   * The cells tested: every cell with events and the cells within k rings of them (so that quiet
   * surroundings count), each with its k-ring neighbourhood inside the area, itself included.
   */
  record StudyArea(List<Long> cells, int[][] neighbours) {
    static StudyArea around(java.util.Collection<Long> occupied, int rings) {
      Map<Long, Integer> index = new LinkedHashMap<>();
      for (long cell : occupied.stream().sorted().toList()) {
        Cancellation.check();
        for (long near : H3.gridDisk(cell, rings)) {
          index.putIfAbsent(near, index.size());
        }
      }
      List<Long> cells = new ArrayList<>(index.keySet());
      int[][] neighbours = new int[cells.size()][];
      for (int i = 0; i < cells.size(); i++) {
        neighbours[i] = H3.gridDisk(cells.get(i), rings).stream().filter(index::containsKey).mapToInt(index::get).toArray();
      }
      return new StudyArea(List.copyOf(cells), neighbours);
    }

    int size() {
      return cells.size();
    }

    /** Each cell's count, 0 where it has none. */
    double[] values(Map<Long, Long> counts) {
      double[] x = new double[cells.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = counts.getOrDefault(cells.get(i), 0L);
      }
      return x;
    }
  }

  /** Gi* z-scores of one set of counts, their two-sided p-values, and those corrected by Benjamini-Hochberg. */
  record Significance(double[] z, double[] p, double[] q) {
    static Significance of(double[] x, int[][] neighbours) {
      double[] z = x.length > 1 ? GetisOrd.giStar(x, neighbours) : new double[x.length];
      double[] p = new double[z.length];
      for (int i = 0; i < z.length; i++) {
        p[i] = FalseDiscovery.twoSided(z[i]);
      }
      return new Significance(z, p, FalseDiscovery.adjust(p));
    }
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
