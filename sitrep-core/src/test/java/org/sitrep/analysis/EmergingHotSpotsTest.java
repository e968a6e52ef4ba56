package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.CONSECUTIVE_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.DIMINISHING_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.HISTORICAL_COLD_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.HISTORICAL_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.INTENSIFYING_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.NEW_COLD_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.NEW_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.NO_PATTERN;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.OSCILLATING_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.PERSISTENT_HOT_SPOT;
import static org.sitrep.analysis.EmergingHotSpots.Pattern.SPORADIC_HOT_SPOT;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.store.EventPoint;
import org.sitrep.store.EventStore;

class EmergingHotSpotsTest {
  private static final MannKendall FLAT = MannKendall.of(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
  private static final MannKendall RISING = MannKendall.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
  private static final MannKendall FALLING = MannKendall.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});

  @Test
  void categoriesFollowArcGisDefinitions() {
    assertThat(EmergingHotSpots.classify(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, FLAT)).isEqualTo(NEW_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 1, 1}, FLAT)).isEqualTo(CONSECUTIVE_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, RISING)).isEqualTo(INTENSIFYING_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {1, 1, 1, 1, 0, 1, 1, 1, 1, 1}, FLAT)).isEqualTo(PERSISTENT_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, FALLING)).isEqualTo(DIMINISHING_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {0, 1, 0, 0, 1, 0, 0, 0, 0, 1}, FLAT)).isEqualTo(SPORADIC_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {0, 1, 0, -1, 0, 0, 0, 0, 1, 1}, FLAT)).isEqualTo(OSCILLATING_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 0}, FLAT)).isEqualTo(HISTORICAL_HOT_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, -1}, FLAT)).isEqualTo(NEW_COLD_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, 0}, FLAT))
        .isEqualTo(HISTORICAL_COLD_SPOT);
    assertThat(EmergingHotSpots.classify(new int[] {0, 1, 0, 0, 0, 0, 0, 1, 0, 0}, FLAT)).isEqualTo(NO_PATTERN);
  }

  /**
   * Ten months of background events over the lower Euphrates valley, plus: a cluster at Hajin in every
   * month, growing; a cluster at Al-Mayadin only in the last month; a cluster at Al-Busayrah in the
   * first nine months only.
   */
  @Test
  void plantedHistoriesAreRecognisedOnTheH3Grid() {
    SyntheticEvents events = new SyntheticEvents(7);
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int m = 0; m < 10; m++) {
      LocalDate month = start.plusMonths(m);
      events.background(month, 60);
      events.plant(month, 34.695, 40.831, 25 + 5 * m); // Hajin
      if (m == 9) {
        events.plant(month, 35.017, 40.451, 40); // Al-Mayadin
      } else {
        events.plant(month, 35.157, 40.359, 35); // Al-Busayrah
      }
    }
    List<EventPoint> points = events.points();
    EmergingHotSpots.Result result = EmergingHotSpots.compute(points, start, LocalDate.of(2019, 10, 31),
        EventStore.Interval.MONTH, 6, 1);
    assertThat(result.slices()).hasSize(10);
    assertThat(result.cells().stream().mapToLong(EmergingHotSpots.Cell::events).sum()).isEqualTo(points.size());
    assertThat(nearest(result, 34.695, 40.831).pattern()).isIn(INTENSIFYING_HOT_SPOT, PERSISTENT_HOT_SPOT);
    assertThat(nearest(result, 35.017, 40.451).pattern()).isEqualTo(NEW_HOT_SPOT);
    assertThat(nearest(result, 35.157, 40.359).pattern()).isEqualTo(HISTORICAL_HOT_SPOT);
    // nothing far from the three plants is a hot spot of any kind
    for (EmergingHotSpots.Cell c : result.cells()) {
      if (c.pattern().isHot()) {
        double km = Math.min(km(c, 34.695, 40.831), Math.min(km(c, 35.017, 40.451), km(c, 35.157, 40.359)));
        assertThat(km).as("%s %s", c.h3(), c.pattern()).isLessThan(15);
      }
    }
  }

  private static EmergingHotSpots.Cell nearest(EmergingHotSpots.Result r, double lat, double lon) {
    return r.cells().stream().min(Comparator.comparingDouble(c -> km(c, lat, lon))).orElseThrow();
  }

  private static double km(EmergingHotSpots.Cell c, double lat, double lon) {
    return new Place("x", "x", c.lat(), c.lon(), "", "", "", GeoPrecision.EXACT).distanceKm(lat, lon);
  }
}
