package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

class StoryAreaTest {
  private static Place place(String id, GeoPrecision precision) {
    return new Place(id, id, 35, 40, "", "", "SY", precision);
  }

  @Test
  void theMostNamedPlaceBelowTheCountryIsTheStorysArea() {
    Place hajin = place("geonames:174506", GeoPrecision.EXACT);
    Place deir = place("geonames:170794", GeoPrecision.EXACT);
    Place syria = place("country:SY", GeoPrecision.COUNTRY);
    assertThat(StoryArea.of(List.of(syria, deir, hajin, syria, hajin, syria))).contains(hajin);
  }

  @Test
  void aTieGoesToTheFirstNamed() {
    Place hajin = place("geonames:174506", GeoPrecision.EXACT);
    Place deir = place("admin1:SY.07", GeoPrecision.ADMIN1);
    assertThat(StoryArea.of(List.of(deir, hajin))).contains(deir);
  }

  @Test
  void aStoryOfCountriesAndRegionsHasNoArea() {
    assertThat(StoryArea.of(List.of(place("country:SY", GeoPrecision.COUNTRY),
        place("region:middle-east", GeoPrecision.REGION)))).isEmpty();
  }
}
