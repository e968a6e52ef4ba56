package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.domain.GeoPrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceCuesTest {
  /** The cue for the first occurrence of {@code name} in {@code text}. */
  private static GeoPrecision cue(String text, String name) {
    int start = text.indexOf(name);
    return PlaceCues.modifier(text, start, start + name.length());
  }

  @ParameterizedTest(name = "{0}: {2} in \"{1}\" -> {3}")
  @CsvSource(delimiter = '|', nullValues = "no cue", textBlock = """
      an area word after the name makes it the division | Raids in Deir ez-Zor province on Monday | Deir ez-Zor | ADMIN1
      an area word after the name makes it the division | clashes in the Karak district | Karak | ADMIN2
      an area word after the name makes it the division | the eastern countryside of Deir el-Zour | Deir el-Zour | ADMIN1
      a state office after the name makes it the state | Former New York Gov. Mario Cuomo died | New York | ADMIN1
      a state office after the name makes it the state | the Ohio Attorney General said | Ohio | ADMIN1
      a state office after the name makes it the state | wildfires in Washington state | Washington | ADMIN1
      a city's own office says nothing of the kind | New York Mayor Bill de Blasio | New York | no cue
      the city of a name makes it a populated place | according to the city of Turkey | Turkey | EXACT
      words of nearness make the name only near | a bomb near Hajin killed two | Hajin | NEAR
      words of nearness make the name only near | villages east of Hajin | Hajin | NEAR
      words of nearness make the name only near | the Aleppo area | Aleppo | NEAR
      a bare name has no cue | Hajin fell on Friday | Hajin | no cue
      """)
  void theWordsAroundANameCueWhatKindOfPlaceItIs(String behaviour, String text, String name, GeoPrecision expected) {
    assertThat(cue(text, name)).isEqualTo(expected);
  }

  @Test
  void theCityOfANameHoldsForTheWholeStoryAndAnAreaWordDoesNot() {
    assertThat(PlaceCues.holdsForTheStory(cue("according to the city of Turkey", "Turkey"))).isTrue();
    assertThat(PlaceCues.holdsForTheStory(cue("Raids in Deir ez-Zor province", "Deir ez-Zor"))).isFalse();
  }

  @Test
  void aSpanOutsideTheTextHasNoCue() {
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
