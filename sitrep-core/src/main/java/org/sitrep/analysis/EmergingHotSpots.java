package org.sitrep.analysis;

import com.uber.h3core.util.LatLng;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.store.EventPoint;
import org.sitrep.store.EventStore;

/**
 * Emerging hot spots: how each cell's hot- or cold-spot status has evolved over a sequence of time
 * slices, in the categories of ArcGIS's Emerging Hot Spot Analysis (new, consecutive, intensifying,
 * persistent, diminishing, sporadic, oscillating, historical, and their cold-spot mirrors).
 *
 * <p>Method: events are counted per H3 cell and slice; the study area is the same in every slice (every
 * cell with an event in any slice, and its k rings); in each slice Gi* is computed over that area with
 * the k-ring neighbourhood and Benjamini-Hochberg corrected, and a cell is a hot (cold) spot in the
 * slice when z &gt; 0 (z &lt; 0) and the corrected p is under {@value #ALPHA}. The trend in a cell's
 * intensity is the Mann-Kendall test on its z-scores over the slices, significant at p &lt;
 * {@value #TREND_ALPHA}. A cell "has been" a hot spot for most of the period when it was one in at
 * least {@value #MOST} of the slices. Neighbourhoods are spatial within each slice, not space-time bins.
 */
public final class EmergingHotSpots {
  public static final double ALPHA = 0.10;
  public static final double TREND_ALPHA = 0.05;
  public static final double MOST = 0.9;

  /** The categories, as ArcGIS names them. */
  public enum Pattern {
    NEW_HOT_SPOT, CONSECUTIVE_HOT_SPOT, INTENSIFYING_HOT_SPOT, PERSISTENT_HOT_SPOT, DIMINISHING_HOT_SPOT,
    SPORADIC_HOT_SPOT, OSCILLATING_HOT_SPOT, HISTORICAL_HOT_SPOT,
    NEW_COLD_SPOT, CONSECUTIVE_COLD_SPOT, INTENSIFYING_COLD_SPOT, PERSISTENT_COLD_SPOT, DIMINISHING_COLD_SPOT,
    SPORADIC_COLD_SPOT, OSCILLATING_COLD_SPOT, HISTORICAL_COLD_SPOT,
    NO_PATTERN;

    /** "new hot spot". */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean isHot() {
      return name().endsWith("HOT_SPOT");
    }
  }

  /**
   * One cell over the slices.
   *
   * @param counts events per slice
   * @param z      Gi* per slice
   * @param status per slice: 1 hot spot, -1 cold spot, 0 neither
   * @param trend  Mann-Kendall test of the z-scores
   */
  public record Cell(String h3, double lat, double lon, long[] counts, double[] z, int[] status, MannKendall trend,
                     Pattern pattern, List<double[]> boundary) {
    public long events() {
      long n = 0;
      for (long c : counts) {
        n += c;
      }
      return n;
    }
  }

  /** The result: the slices' first days and every cell of the study area. */
  public record Result(List<LocalDate> slices, List<Cell> cells) {
  }

  private EmergingHotSpots() {
  }

  /**
   * @param points   located events
   * @param from     first day of the first slice (truncated to the interval)
   * @param to       last day covered
   * @param interval slice length (WEEK, MONTH or YEAR)
   */
  public static Result compute(List<EventPoint> points, LocalDate from, LocalDate to, EventStore.Interval interval,
                               int resolution, int rings) {
    HotSpots.check(resolution, rings);
    List<LocalDate> slices = new ArrayList<>();
    for (LocalDate d = sliceStart(from, interval); !d.isAfter(to); d = next(d, interval)) {
      slices.add(d);
    }
    if (slices.size() < 2) {
      throw new IllegalArgumentException("emerging hot spots need at least two time slices between " + from + " and " + to);
    }
    Map<LocalDate, Integer> sliceIndex = new HashMap<>();
    for (int i = 0; i < slices.size(); i++) {
      sliceIndex.put(slices.get(i), i);
    }
    List<Map<Long, Long>> counts = new ArrayList<>();
    slices.forEach(s -> counts.add(new HashMap<>()));
    Set<Long> occupied = new HashSet<>();
    int seen = 0;
    for (EventPoint p : points) {
      if ((++seen & 16383) == 0) {
        Cancellation.check();
      }
      Integer slice = p.date().isBefore(from) || p.date().isAfter(to) ? null
          : sliceIndex.get(sliceStart(p.date(), interval));
      if (slice != null) {
        long cell = HotSpots.cellOf(p.lat(), p.lon(), resolution);
        counts.get(slice).merge(cell, 1L, Long::sum);
        occupied.add(cell);
      }
    }
    HotSpots.StudyArea area = HotSpots.StudyArea.around(occupied, rings);
    int n = area.size();
    int t = slices.size();
    double[][] z = new double[n][t];
    int[][] status = new int[n][t];
    long[][] perSlice = new long[n][t];
    for (int s = 0; s < t; s++) {
      Cancellation.check();
      double[] x = area.values(counts.get(s));
      HotSpots.Significance sig = HotSpots.Significance.of(x, area.neighbours());
      for (int i = 0; i < n; i++) {
        perSlice[i][s] = (long) x[i];
        z[i][s] = sig.z()[i];
        status[i][s] = sig.q()[i] < ALPHA ? (int) Math.signum(sig.z()[i]) : 0;
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long cell = area.cells().get(i);
      MannKendall trend = MannKendall.of(z[i]);
      LatLng centre = HotSpots.centre(cell);
      cells.add(new Cell(HotSpots.name(cell), centre.lat, centre.lng, perSlice[i], z[i], status[i], trend,
          classify(status[i], trend), HotSpots.boundary(cell)));
    }
    return new Result(List.copyOf(slices), cells);
  }

  /** The category of one cell's history (ArcGIS's definitions, hot side first, then its cold mirror). */
  static Pattern classify(int[] status, MannKendall trend) {
    Pattern hot = classify(status, trend, 1);
    return hot != Pattern.NO_PATTERN ? hot : classify(status, trend, -1);
  }

  private static Pattern classify(int[] status, MannKendall trend, int side) {
    int t = status.length;
    int last = t - 1;
    int spots = 0;
    boolean opposite = false;
    for (int s : status) {
      spots += s == side ? 1 : 0;
      opposite |= s == -side;
    }
    boolean most = spots >= MOST * t;
    String prefix = side > 0 ? "_HOT_SPOT" : "_COLD_SPOT";
    if (status[last] != side) {
      return most ? Pattern.valueOf("HISTORICAL" + prefix) : Pattern.NO_PATTERN;
    }
    if (most) {
      // intensity: for a cold spot, rising z means a weakening cold spot
      boolean significant = trend.pValue() < TREND_ALPHA;
      double direction = Math.signum(trend.s()) * side;
      return Pattern.valueOf((!significant || direction == 0 ? "PERSISTENT" : direction > 0 ? "INTENSIFYING"
          : "DIMINISHING") + prefix);
    }
    int runStart = last;
    while (runStart > 0 && status[runStart - 1] == side) {
      runStart--;
    }
    boolean before = false;
    for (int s = 0; s < runStart; s++) {
      before |= status[s] == side;
    }
    if (!before) {
      return Pattern.valueOf((runStart == last ? "NEW" : "CONSECUTIVE") + prefix);
    }
    return Pattern.valueOf((opposite ? "OSCILLATING" : "SPORADIC") + prefix);
  }

  static LocalDate sliceStart(LocalDate d, EventStore.Interval interval) {
    return switch (interval) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  private static LocalDate next(LocalDate d, EventStore.Interval interval) {
    return switch (interval) {
      case DAY -> d.plusDays(1);
      case WEEK -> d.plusWeeks(1);
      case MONTH -> d.plusMonths(1);
      case YEAR -> d.plusYears(1);
    };
  }
}
