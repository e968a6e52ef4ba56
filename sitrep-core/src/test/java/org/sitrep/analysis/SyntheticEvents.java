package org.sitrep.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.store.EventPoint;

/**
 * Event points for the hot spot tests: background over the lower Euphrates valley and clusters planted on
 * it. Every point draws from one seeded random in a fixed order, so a seed always gives the same points.
 */
public final class SyntheticEvents {
  private final Random random;
  private final List<EventPoint> points = new ArrayList<>();

  public SyntheticEvents(long seed) {
    random = new Random(seed);
  }

  /** {@code n} events on random days of the month, spread evenly over 34.4-35.4 N, 40.0-41.0 E. */
  public void background(LocalDate month, int n) {
    for (int i = 0; i < n; i++) {
      points.add(new EventPoint(month.plusDays(random.nextInt(28)), 34.4 + random.nextDouble(), 40.0 + random.nextDouble()));
    }
  }

  /** {@code n} events on random days of the month, within a kilometre or so of the point. */
  public void plant(LocalDate month, double lat, double lon, int n) {
    for (int i = 0; i < n; i++) {
      points.add(new EventPoint(month.plusDays(random.nextInt(28)), lat + random.nextGaussian() * 0.005,
          lon + random.nextGaussian() * 0.005));
    }
  }

  public List<EventPoint> points() {
    return points;
  }
}
