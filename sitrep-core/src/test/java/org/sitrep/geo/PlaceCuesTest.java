package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.domain.GeoPrecision;
import org.junit.jupiter.api.Test;

class PlaceCuesTest {
  /** The cue for the first occurrence of {@code name} in {@code text}. */
  private static GeoPrecision cue(String text, String name) {
    int start = text.indexOf(name);
    return PlaceCues.modifier(text, start, start + name.length());
  }

  @Test
  void anAreaWordAfterTheNameMakesItTheDivision() {
    assertThat(cue("Raids in Deir ez-Zor province on Monday", "Deir ez-Zor")).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(cue("clashes in the Karak district", "Karak")).isEqualTo(GeoPrecision.ADMIN2);
    assertThat(cue("the eastern countryside of Deir el-Zour", "Deir el-Zour")).isEqualTo(GeoPrecision.ADMIN1);
  }

  @Test
  void aStateOfficeAfterTheNameMakesItTheState() {
    assertThat(cue("Former New York Gov. Mario Cuomo died", "New York")).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(cue("the Ohio Attorney General said", "Ohio")).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(cue("wildfires in Washington state", "Washington")).isEqualTo(GeoPrecision.ADMIN1);
    // a city's own office says nothing of the kind
    assertThat(cue("New York Mayor Bill de Blasio", "New York")).isNull();
  }

  @Test
  void theCityOfANameMakesItAPopulatedPlaceForTheWholeStory() {
    GeoPrecision cue = cue("according to the city of Turkey", "Turkey");
    assertThat(cue).isEqualTo(GeoPrecision.EXACT);
    assertThat(PlaceCues.holdsForTheStory(cue)).isTrue();
    assertThat(PlaceCues.holdsForTheStory(cue("Raids in Deir ez-Zor province", "Deir ez-Zor"))).isFalse();
  }

  @Test
  void wordsOfNearnessMakeTheNameOnlyNear() {
    assertThat(cue("a bomb near Hajin killed two", "Hajin")).isEqualTo(GeoPrecision.NEAR);
    assertThat(cue("villages east of Hajin", "Hajin")).isEqualTo(GeoPrecision.NEAR);
    assertThat(cue("the Aleppo area", "Aleppo")).isEqualTo(GeoPrecision.NEAR);
  }

  @Test
  void aBareNameOrASpanOutsideTheTextHasNoCue() {
    assertThat(cue("Hajin fell on Friday", "Hajin")).isNull();
    assertThat(PlaceCues.modifier("short", 2, 40)).isNull();
  }

  private static String dateline(String text, String... names) {
    List<PlaceContainment.Named> named = new java.util.ArrayList<>();
    for (String n : names) {
      int start = text.indexOf(n);
      named.add(new PlaceContainment.Named(start, start + n.length(), n));
    }
    return PlaceCues.standaloneDateline(text, named);
  }

  @Test
  void aCapitalisedNameBeforeTheAgencyOrADashIsAStandaloneDateline() {
    assertThat(dateline("WASHINGTON (AP) — The Senate voted.", "WASHINGTON")).isEqualTo("WASHINGTON");
    assertThat(dateline("By Jane Doe. BEIRUT — A ceasefire held in Syria.", "BEIRUT", "Syria")).isEqualTo("BEIRUT");
    assertThat(dateline("TORRINGTON Mayor Ryan Bingham said", "TORRINGTON")).isEqualTo("TORRINGTON");
  }

  @Test
  void aDatelineWithItsStateOrAnOrdinaryNameIsNoStandaloneDateline() {
    // "HOLLIDAY, Mo." is read as containment instead
    assertThat(dateline("HOLLIDAY, Mo. — A crash near Paris.", "HOLLIDAY", "Mo.", "Paris")).isNull();
    assertThat(dateline("Officials in Washington said on Monday.", "Washington")).isNull();
    assertThat(dateline("the U.S.-led coalition", "U.S.")).isNull();
  }

  @Test
  void aLandmarkIsASiteOnlyAfterAWordOfPlace() {
    String outside = "Protesters gathered outside the White House on Sunday.";
    assertThat(PlaceCues.sited(outside, outside.indexOf("White"))).isTrue();
    String at = "a meeting at Downing Street";
    assertThat(PlaceCues.sited(at, at.indexOf("Downing"))).isTrue();
    // the institution speaks: no place of the story
    String speaks = "The attack, condemned by the White House, was";
    assertThat(PlaceCues.sited(speaks, speaks.indexOf("White"))).isFalse();
    assertThat(PlaceCues.sited("The Kremlin denies it", 4)).isFalse();
  }
}
