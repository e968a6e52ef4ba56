package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HotSpotsTest {
  @Test
  void aPlantedClusterIsTheOnlyHotSpot() {
    Random random = new Random(42);
    List<double[]> points = new ArrayList<>();
    // background: 300 events spread over the Euphrates valley between Deir ez-Zor and Abu Kamal
    for (int i = 0; i < 300; i++) {
      points.add(new double[] {34.4 + random.nextDouble() * 1.0, 40.0 + random.nextDouble() * 1.0});
    }
    // planted: 120 events around Hajin (34.695 N, 40.831 E)
    for (int i = 0; i < 120; i++) {
      points.add(new double[] {34.695 + random.nextGaussian() * 0.01, 40.831 + random.nextGaussian() * 0.01});
    }
    List<HotSpots.Cell> cells = HotSpots.compute(points, 6, 1);
    List<HotSpots.Cell> hot = cells.stream().filter(HotSpots.Cell::isHot).toList();
    assertThat(hot).isNotEmpty();
    for (HotSpots.Cell c : hot) {
      double km = new org.sitrep.domain.Place("x", "x", c.lat(), c.lon(), "", "", "", org.sitrep.domain.GeoPrecision.EXACT)
          .distanceKm(34.695, 40.831);
      assertThat(km).as("hot cell %s", c.h3()).isLessThan(15);
    }
    assertThat(cells.stream().mapToLong(HotSpots.Cell::events).sum()).isEqualTo(420);
  }

  @Test
  void categoriesFollowTheCorrectedPValue() {
    assertThat(HotSpots.category(3, 0.005)).isEqualTo("hot spot 99%");
    assertThat(HotSpots.category(-2.5, 0.03)).isEqualTo("cold spot 95%");
    assertThat(HotSpots.category(1.8, 0.2)).isEqualTo("not significant");
  }
}
