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
    return PlaceContainment.containerOf(text, end, named);
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
}
