package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.EmergingHotSpots;
import org.sitrep.analysis.SyntheticEvents;
import org.sitrep.store.EventStore;

class HotSpotsGeoJsonTest {
  @Test
  void emergingHotSpotsAreClosedLonLatPolygonsWithOneCountZAndStatusPerSliceAndTheNearestTownOfPatterns() {
    SyntheticEvents events = new SyntheticEvents(3);
    LocalDate start = LocalDate.of(2019, 1, 1);
    for (int m = 0; m < 6; m++) {
      events.background(start.plusMonths(m), 40);
      events.plant(start.plusMonths(m), 34.695, 40.831, 20 + 10 * m); // a growing cluster at Hajin
    }
    EmergingHotSpots.Result result = EmergingHotSpots.compute(events.points(), start, LocalDate.of(2019, 6, 30),
        EventStore.Interval.MONTH, 6, 1);
    ObjectNode all = HotSpotsGeoJson.emerging(result, true, (lat, lon) -> Optional.of("Hajin"));
    ObjectNode patterns = HotSpotsGeoJson.emerging(result, false, (lat, lon) -> Optional.of("Hajin"));

    assertThat(all.get("slices")).hasSize(6);
    assertThat(all.get("features")).hasSize(result.cells().size());
    assertThat(patterns.get("features").size()).isPositive().isLessThan(all.get("features").size());
    for (JsonNode f : patterns.get("features")) {
      JsonNode ring = f.get("geometry").get("coordinates").get(0);
      assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
      assertThat(ring.get(0).get(0).asDouble()).as("longitude first").isBetween(39.0, 42.0);
      JsonNode p = f.get("properties");
      assertThat(p.get("counts")).hasSize(6);
      assertThat(p.get("gi_star_z")).hasSize(6);
      assertThat(p.get("status")).hasSize(6);
      assertThat(p.get("pattern").asText()).isNotEqualTo(EmergingHotSpots.Pattern.NO_PATTERN.label());
      assertThat(p.get("near").asText()).isEqualTo("Hajin");
    }
  }
}
