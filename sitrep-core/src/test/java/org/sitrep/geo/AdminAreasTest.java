package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class AdminAreasTest {
  /** A rough outline of Syria, in world-countries' format: our own fixture, not Natural Earth's. */
  private static final String OUTLINE = """
      {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
      "coordinates":[[[35.7,32.3],[42.4,32.3],[42.4,37.3],[35.7,37.3],[35.7,32.3]]]}}]}""";

  @TempDir
  static Path dir;

  private static AdminAreas areas() throws Exception {
    Path data = dir.resolve("world-countries/data");
    Files.createDirectories(data);
    Files.writeString(data.resolveSibling("countries.json"), "[{\"cca2\":\"SY\",\"cca3\":\"SYR\"}]");
    Files.writeString(data.resolve("syr.geo.json"), OUTLINE);
    return new AdminAreas(TestGazetteer.get(), data);
  }

  private static Geometry point(double lat, double lon) {
    return new GeometryFactory().createPoint(new Coordinate(lon, lat));
  }

  @Test
  void eachDivisionHoldsItsOwnTownsAndTheDivisionsTileTheCountry() throws Exception {
    List<AdminAreas.Area> sy = areas().of("SY");
    assertThat(sy).extracting(AdminAreas.Area::code).containsExactlyInAnyOrder("SY.07", "SY.09", "SY.11", "SY.12");
    Map<String, double[]> towns = Map.of("SY.07", new double[] {35.33588, 40.14084}, "SY.09",
        new double[] {36.20124, 37.16117}, "SY.11", new double[] {34.72682, 36.72339}, "SY.12",
        new double[] {35.93062, 36.63393});
    for (AdminAreas.Area a : sy) {
      double[] t = towns.get(a.code());
      assertThat(a.shape().covers(point(t[0], t[1]))).as(a.code()).isTrue();
    }
    double outline = 6.7 * 5.0;
    assertThat(sy.stream().mapToDouble(a -> a.shape().getArea()).sum()).isCloseTo(outline, org.assertj.core.data.Offset.offset(0.05));
    for (AdminAreas.Area a : sy) {
      for (AdminAreas.Area b : sy) {
        if (a != b) {
          assertThat(a.shape().intersection(b.shape()).getArea()).as(a.code() + " and " + b.code()).isLessThan(0.01);
        }
      }
    }
  }

  @Test
  void aCountryWithoutAnOutlineHasNoAreas() throws Exception {
    assertThat(areas().of("IQ")).isEmpty();
  }

  @Test
  void theAreasAreGeoJsonWithTheirCounts() throws Exception {
    List<AdminAreas.Area> sy = areas().of("SY");
    List<Map<String, Object>> features = AdminAreas.features(sy, Map.of("SY.07", Map.of("events", 3L)));
    assertThat(features).hasSize(4);
    Map<String, Object> deir = features.stream().filter(f -> ((Map<?, ?>) f.get("properties")).get("code").equals("SY.07"))
        .findFirst().orElseThrow();
    assertThat(((Map<?, ?>) deir.get("properties")).get("events")).isEqualTo(3L);
    assertThat(((Map<?, ?>) deir.get("properties")).get("name")).isEqualTo("Deir ez-Zor");
    assertThat(((Map<?, ?>) deir.get("geometry")).get("type")).isEqualTo("MultiPolygon");
  }
}
