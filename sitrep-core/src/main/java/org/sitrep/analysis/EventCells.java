package org.sitrep.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.store.EventSummaries.PlaceTally;

/**
 * Events counted per H3 cell for a map: every matching event lands in one cell, so the cells' counts
 * add up to the located events however many there are. A cell's point is the mean of its events', not
 * the cell's centre, so a cell holding one town is drawn on the town.
 */
public final class EventCells {
  /** Average H3 edge length in km at resolutions 0-15 (H3's published table). */
  private static final double[] EDGE_KM = {1107.71, 418.68, 158.24, 59.81, 22.61, 8.54, 3.23, 1.22, 0.46, 0.17, 0.066,
      0.025, 0.0094, 0.0036, 0.0013, 0.0005};

  /** One cell: its index, its events' mean point, their number and fatalities, and the number by event type. */
  public record Cell(String h3, double lat, double lon, long events, long fatalities, Map<String, Long> byType) {
  }

  private EventCells() {
  }

  /**
   * The grid step, in degrees, at which the store may snap points before they are binned at a
   * resolution: half the cell's edge, so snapping moves a point by at most a quarter edge (across a
   * cell boundary rarely) and never changes a count.
   */
  public static double snapStep(int resolution) {
    check(resolution);
    return EDGE_KM[resolution] / 111.32 / 2;
  }

  public static List<Cell> of(List<PlaceTally> places, int resolution) {
    check(resolution);
    Map<Long, double[]> sums = new HashMap<>(); // lat * n, lon * n, n, fatalities
    Map<Long, Map<String, Long>> types = new HashMap<>();
    for (PlaceTally p : places) {
      long cell = HotSpots.cellOf(p.lat(), p.lon(), resolution);
      double[] s = sums.computeIfAbsent(cell, c -> new double[4]);
      s[0] += p.lat() * p.events();
      s[1] += p.lon() * p.events();
      s[2] += p.events();
      s[3] += p.fatalities();
      types.computeIfAbsent(cell, c -> new TreeMap<>()).merge(p.eventType() == null ? "" : p.eventType(), p.events(),
          Long::sum);
    }
    List<Cell> out = new ArrayList<>(sums.size());
    sums.forEach((cell, s) -> out.add(new Cell(Long.toHexString(cell), s[0] / s[2], s[1] / s[2], (long) s[2],
        (long) s[3], types.get(cell))));
    out.sort((a, b) -> Long.compare(b.events(), a.events()));
    return out;
  }

  private static void check(int resolution) {
    if (resolution < 0 || resolution >= EDGE_KM.length) {
      throw new IllegalArgumentException("resolution must be 0-15, not " + resolution);
    }
  }
}
