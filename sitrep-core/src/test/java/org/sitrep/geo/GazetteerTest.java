package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

class GazetteerTest {
  private final Gazetteer gazetteer = TestGazetteer.get();

  @Test
  void findsPlacesByAlternateNameAndAsciiFolding() {
    assertThat(ids(gazetteer.candidates("Hajin"))).contains("geonames:174506", "geonames:90001");
    assertThat(ids(gazetteer.candidates("Palmyra"))).containsExactly("geonames:163345");
  }

  @Test
  void unlistedTransliterationFallsBackToTheVariantTier() {
    List<Gazetteer.Candidate> found = gazetteer.candidates("Deir el-Zour");
    assertThat(ids(found)).contains("geonames:170794", "admin1:SY.07");
    assertThat(found).allMatch(c -> !c.exactName());
  }

  @Test
  void shortSkeletonsDoNotMatchLoosely() {
    assertThat(gazetteer.candidates("Deir")).isEmpty();
  }

  @Test
  void adminAreasSitAtTheirSeat() {
    GazetteerEntry deir = gazetteer.byId("admin1:SY.07").orElseThrow();
    assertThat(deir.latitude()).isEqualTo(35.33588);
    assertThat(deir.longitude()).isEqualTo(40.14084);
  }

  @Test
  void placesCarryTheirAdminNames() {
    Place hajin = gazetteer.toPlace(gazetteer.byId("geonames:174506").orElseThrow(), GeoPrecision.EXACT);
    assertThat(hajin.admin1()).isEqualTo("Deir ez-Zor");
    assertThat(hajin.country()).isEqualTo("SY");
  }

  @Test
  void countriesAreFoundByCommonAndOfficialNames() {
    assertThat(ids(gazetteer.candidates("Syrian Arab Republic"))).containsExactly("country:SY");
    assertThat(gazetteer.country("IQ")).isPresent();
  }

  @Test
  void indexSurvivesASaveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.bin");
    gazetteer.save(file);
    Gazetteer loaded = Gazetteer.load(file);
    assertThat(loaded.size()).isEqualTo(gazetteer.size());
    assertThat(ids(loaded.candidates("Deir el-Zour"))).isEqualTo(ids(gazetteer.candidates("Deir el-Zour")));
  }

  @Test
  void regionsJoinTheGazetteer() {
    Gazetteer withRegions = GeoData.withRegions(gazetteer, Regions.load(List.of()));
    assertThat(ids(withRegions.candidates("Badiya desert"))).containsExactly("region:badiya");
  }

  private static List<String> ids(List<Gazetteer.Candidate> candidates) {
    return candidates.stream().map(c -> c.entry().id()).toList();
  }
}
