package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceContainmentTest {
  private static String containerAfter(String text, String place, String... names) {
    List<PlaceContainment.Named> named = new java.util.ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      named.add(new PlaceContainment.Named(at, at + n.length(), n));
    }
    int end = text.indexOf(place) + place.length();
    PlaceContainment.Container c = PlaceContainment.containerOf(text, end, named);
    return c == null ? null : c.name();
  }

  @Test
  void aPlaceAfterACommaHoldsThePlaceBeforeIt() {
    assertThat(containerAfter("He lived in Paris, Texas, for years.", "Paris", "Paris", "Texas")).isEqualTo("Texas");
    assertThat(containerAfter("Clashes in Hajin, in Deir ez-Zor province.", "Hajin", "Hajin", "Deir ez-Zor"))
        .isEqualTo("Deir ez-Zor");
    assertThat(containerAfter("a strike on Aleppo, in northern Syria", "Aleppo", "Aleppo", "Syria")).isEqualTo("Syria");
  }

  @Test
  void aPlaceFurtherOnOrAfterOtherWordsHoldsNothing() {
    assertThat(containerAfter("Paris and Texas", "Paris", "Paris", "Texas")).isNull();
    assertThat(containerAfter("in Paris, said officials in Texas", "Paris", "Paris", "Texas")).isNull();
    assertThat(containerAfter("in Paris.", "Paris", "Paris")).isNull();
  }

  @Test
  void aBareInOrOfNamesAContainerThatOnlyAdvises() {
    String text = "a fire in the town of Qatraneh in the Karak district";
    var karak = PlaceContainment.containerOf(text, text.indexOf("Qatraneh") + 8, named(text, "Qatraneh", "Karak"));
    assertThat(karak).isEqualTo(new PlaceContainment.Container("Karak", PlaceContainment.Form.IN));
    assertThat(karak.form().overrulesObscureReadings()).isFalse();
    String church = "the Coptic Orthodox Church of Alexandria";
    assertThat(containerAfter(church, "Coptic Orthodox Church", "Coptic Orthodox Church", "Alexandria"))
        .isEqualTo("Alexandria");
    // a span that leaves its admin word out: "Maoxian county in Sichuan province"
    assertThat(containerAfter("buried in Maoxian county in Sichuan province", "Maoxian", "Maoxian", "Sichuan"))
        .isEqualTo("Sichuan");
  }

  @Test
  void aPossessiveOrASuburbOfNamesTheOwner() {
    String giza = "killed in Giza's Haram district";
    assertThat(PlaceContainment.ownerOf(giza, giza.indexOf("Haram"), named(giza, "Giza", "Haram")))
        .isEqualTo(new PlaceContainment.Container("Giza", PlaceContainment.Form.POSSESSIVE));
    String suburb = "from the Cincinnati suburb of West Chester";
    assertThat(PlaceContainment.ownerOf(suburb, suburb.indexOf("West"), named(suburb, "Cincinnati", "West Chester")))
        .isEqualTo(new PlaceContainment.Container("Cincinnati", PlaceContainment.Form.POSSESSIVE));
    String list = "in Giza and Haram";
    assertThat(PlaceContainment.ownerOf(list, list.indexOf("Haram"), named(list, "Giza", "Haram"))).isNull();
  }

  @Test
  void theLastPlaceOfAListLendsItsContainerToTheOthers() {
    String text = "shelling the villages of Foua and Kfraya in Idlib province";
    List<String> holders = PlaceContainment.containersOf(text, named(text, "Foua", "Kfraya", "Idlib")).stream()
        .map(c -> c == null ? null : c.name()).toList();
    assertThat(holders).containsExactly("Idlib", "Idlib", null);
    // a bare comma separates pairs of place and state: Tennessee is no container of Nashville's state
    String pairs = "in Nashville and Cordova, Tennessee, Richmond, Virginia";
    List<String> states = PlaceContainment.containersOf(pairs,
        named(pairs, "Nashville", "Cordova", "Tennessee", "Richmond", "Virginia")).stream()
        .map(c -> c == null ? null : c.name()).toList();
    assertThat(states).containsExactly("Tennessee", "Tennessee", "Richmond", "Virginia", null);
  }

  @Test
  void aPlaceFollowedByAnotherOfAListIsListed() {
    String text = "offices in West Palm Beach, New York, and Detroit";
    List<PlaceContainment.Named> names = named(text, "West Palm Beach", "New York", "Detroit");
    assertThat(PlaceContainment.listedBeforeAnother(text, names.get(1), names)).isTrue();
    assertThat(PlaceContainment.listedBeforeAnother(text, names.get(2), names)).isFalse();
  }

  private static List<PlaceContainment.Named> named(String text, String... names) {
    List<PlaceContainment.Named> out = new java.util.ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      out.add(new PlaceContainment.Named(at, at + n.length(), n));
    }
    return out;
  }
}
