package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.DivisionNames;
import org.sitrep.store.EventSummaries.AreaCount;

class JsonAnswersTest {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private static AdminAreas.Area square(String code, String name, double x) {
    return new AdminAreas.Area(code, name, GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(x, 35),
        new Coordinate(x + 1, 35), new Coordinate(x + 1, 36), new Coordinate(x, 36), new Coordinate(x, 35)}));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> propertiesOf(Map<String, Object> collection, String code) {
    for (Map<String, Object> f : (List<Map<String, Object>>) collection.get("features")) {
      Map<String, Object> p = (Map<String, Object>) f.get("properties");
      if (code.equals(p.get("code")) || code.equals(f.get("id"))) {
        return p;
      }
    }
    throw new AssertionError("no feature " + code + " in " + collection);
  }

  @Test
  void storedNamesReachTheirDivisionBySpellingOrByAnotherOfItsNamesAndTheRestAreCountedBeside() {
    List<AdminAreas.Area> areas = List.of(square("IQ.15", "Nineveh", 42), square("IQ.18", "Salah ad Din", 43));
    List<AreaCount> counts = List.of(new AreaCount("Nineveh", 5, 1), new AreaCount("Ninewa", 7, 2),
        new AreaCount("Salah al-Din", 3, 0), new AreaCount("Saladin", 2, 0), new AreaCount("Atlantis", 4, 0),
        new AreaCount("", 6, 0));
    DivisionNames names = DivisionNames.of(Map.of("IQ.15", List.of("Ninawa", "Nineveh", "Ninive"),
        "IQ.18", List.of("Salah ad Din", "Saladin")));
    Map<String, Object> answer = JsonAnswers.areas(areas, counts, names);
    assertThat(propertiesOf(answer, "IQ.15")).containsEntry("events", 12L).containsEntry("fatalities", 3L);
    assertThat(propertiesOf(answer, "IQ.18")).containsEntry("events", 5L);
    assertThat(answer).containsEntry("unmatched_events", 4L).containsEntry("events_without_division", 6L);
    Map<String, Object> spellingsOnly = JsonAnswers.areas(areas, counts, DivisionNames.NONE);
    assertThat(propertiesOf(spellingsOnly, "IQ.15")).containsEntry("events", 5L);
    assertThat(spellingsOnly).containsEntry("unmatched_events", 13L);
  }
}
