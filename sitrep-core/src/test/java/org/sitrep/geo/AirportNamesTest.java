package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AirportNamesTest {
  @Test
  void aHubIsKnownByItsBareNameAndWithoutItsTown() {
    var names = AirportNames.of("London Heathrow Airport", "Heathrow Airport", "London", true, false);
    assertThat(names).contains("Heathrow Airport", "London Heathrow Airport", "Heathrow");
    names = AirportNames.of("Lester B. Pearson International Airport",
        "Toronto Pearson International Airport", "Toronto", true, false);
    assertThat(names).contains("Pearson International Airport", "Toronto Pearson Airport").doesNotContain("Pearson");
  }

  @Test
  void anOrdinaryWordLeftByDroppingTheTownIsNoName() {
    assertThat(AirportNames.of("Minsk National Airport", "Minsk National Airport", "Minsk", true, false))
        .contains("National Airport").doesNotContain("National");
    assertThat(AirportNames.of("Ronald Reagan Washington National Airport", "", "Washington", true, false))
        .doesNotContain("National", "Reagan");
  }

  @Test
  void aSmallerAirportKeepsItsAirportWordAndAPersonsFullNameIsNoPlace() {
    assertThat(AirportNames.of("Bagram Air Base", "Bagram Airfield", "Bagram", false, false))
        .contains("Bagram Airfield", "Bagram Air Base").doesNotContain("Bagram");
    assertThat(AirportNames.of("John F. Kennedy International Airport", "John F. Kennedy International Airport",
        "New York", true, false)).doesNotContain("John F. Kennedy");
  }

  @Test
  void cityFirstNamesYieldTheirOwnName() {
    assertThat(AirportNames.of("Amsterdam Airport Schiphol", "", "Amsterdam", true, false))
        .contains("Schiphol", "Schiphol Airport");
  }

  @Test
  void aTownsOnlyAirportTakesTheTownsName() {
    assertThat(AirportNames.of("Hamid Karzai International Airport", "", "Kabul", true, true))
        .contains("Kabul Airport");
    assertThat(AirportNames.of("London Heathrow Airport", "", "London", true, false))
        .doesNotContain("London Airport");
  }

  @Test
  void wikipediaTitlesAreDecodedAndLoseTheirDisambiguator() {
    assertThat(AirportNames.wikipediaTitle("https://en.wikipedia.org/wiki/Al_Asad_Airbase_(Iraq)"))
        .isEqualTo("Al Asad Airbase");
    assertThat(AirportNames.wikipediaTitle("https://fr.wikipedia.org/wiki/A%C3%A9roport")).isEmpty();
  }
}
