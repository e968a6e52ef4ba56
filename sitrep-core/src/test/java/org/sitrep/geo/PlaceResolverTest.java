package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceResolverTest {
  private static final PlaceContext NONE = PlaceContext.NONE;
  private final PlaceResolver resolver = new PlaceResolver(TestGazetteer.get());

  private static PlaceContainment.Container comma(String container) {
    return PlaceContainment.Container.afterComma(container);
  }

  /** The reading of a name with no story around it. */
  private Optional<PlaceResolver.Reading> resolveAlone(String name) {
    return resolver.resolve(name, null, true, NONE);
  }

  /** The reading of "name, container" with no story around it. */
  private Optional<PlaceResolver.Reading> resolveAfterComma(String name, String container) {
    return resolver.resolve(name, null, true, NONE, comma(container));
  }

  private String resolveAmong(String name, List<String> documentNames) {
    PlaceContext context = resolver.contexts().first(documentNames, List.of());
    return resolver.resolve(name, null, true, context).orElseThrow().place().gazetteerId();
  }

  @ParameterizedTest(name = "{0}: {1} among {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      a capital wins when the story names nothing near any reading | London | London | geonames:2643743
      neighbouring places in the story pull an ambiguous name to them | London | London, Strathroy | geonames:6058560
      a first-level division named in the story holds its places | London | London, Ontario | geonames:6058560
      a hub named alone in a story of its city is the airport, not the hamlet | Heathrow | Heathrow, London | airport:EGLL
      a hub named alone in a story of its city is the airport, not the hamlet | Kabul airport | Kabul airport | airport:OAKB
      a big city outranks a smaller county seat of its name | Vancouver | Vancouver, Canada, United States | geonames:6173331
      a name shared by a province and its metropolis means the city | Aleppo | Aleppo | geonames:170063
      a name shared by a province and a lesser city means the province | Quebec | Quebec | admin1:CA.10
      # GeoNames names Jordan's governorate "Karak"; only Pakistan's "Karak District" carries the word
      a name with an admin word finds the area of its bare name in the story's country | Karak district | Karak district, Jordan | admin1:JO.09
      a name with an admin word and no country in the story is the area that carries the word | Karak district | Karak district | admin2:PK.03.7419047
      """)
  void theNamesOfTheStoryChooseTheReading(String behaviour, String name, String story, String expected) {
    assertThat(resolveAmong(name, List.of(story.split(", ")))).isEqualTo(expected);
  }

  @Test
  void aRunOfALongerNameThatIsAPlaceIsTaken() {
    assertThat(resolveAlone("London Bridge Station")).isPresent();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # "Island" is one of Iceland's names in world-countries, and "Town" an admin2 of Saint Lucia: neither stands alone
      a generic word inside a longer name is no place of its own | Fire Island Ferry
      a name with no known place inside stays unresolved | Wembley Stadium
      a name with no known place inside stays unresolved | South Kilburn Estate
      """)
  void aNameWithNoPlaceOfItsOwnStaysUnresolved(String behaviour, String name) {
    assertThat(resolveAlone(name)).isEmpty();
  }

  @Test
  void anOceanIsNotTheSmallTownOfTheStorysCountry() {
    // a US story: the country focus favours the US town named Atlantic, but the ocean stands as a country
    PlaceResolver withRegions = new PlaceResolver(GeoData.withRegions(TestGazetteer.get(), Regions.load(List.of())));
    List<String> story = List.of("Atlantic", "United States");
    PlaceContext first = withRegions.contexts().first(story, List.of());
    List<PlaceResolver.Reading> readings = story.stream()
        .map(n -> withRegions.resolve(n, null, true, first).orElseThrow()).toList();
    PlaceContext refined = withRegions.contexts().refine(first, readings, List.of("US"));
    String atlantic = withRegions.resolve("Atlantic", null, true, refined).orElseThrow().place().gazetteerId();
    assertThat(atlantic).isEqualTo("region:atlantic");
  }

  @Test
  void containmentWrittenInTheTextOutweighsTheCapital() {
    // with nothing else in the story, "London" is the capital; "London, Ontario" is not
    PlaceContext context = resolver.contexts().first(List.of("London", "Ontario"), List.of());
    assertThat(resolver.resolve("London", null, true, context, comma("Ontario")).orElseThrow().place().gazetteerId())
        .isEqualTo("geonames:6058560");
    assertThat(resolveAfterComma("London", "Ontario").orElseThrow().place().gazetteerId()).isEqualTo("geonames:6058560");
  }

  @Test
  void repeatedMentionsOfAFirstReadingDoNotOutvoteTheOtherPlaces() {
    PlaceContext first = resolver.contexts().first(List.of("London", "London", "London", "Strathroy"), List.of());
    List<PlaceResolver.Reading> readings = List.of("London", "London", "London", "Strathroy").stream()
        .map(n -> resolver.resolve(n, null, true, first).orElseThrow()).toList();
    PlaceContext refined = resolver.contexts().refine(first, readings, List.of());
    assertThat(refined.focus()).containsKey("CA.08");
    assertThat(resolver.resolve("London", null, true, refined).orElseThrow().place().country()).isEqualTo("CA");
  }

  @Test
  void anAreaWordAfterANameMakesItTheDivision() {
    assertThat(resolveAlone("Aleppo Governorate").orElseThrow().place().gazetteerId()).isEqualTo("admin1:SY.09");
  }

  @ParameterizedTest(name = "{0}: {1} -> near {2}")
  @CsvSource(delimiter = '|', textBlock = """
      a qualified name is read as near the place it qualifies | North London | geonames:2643743
      an institution named after a place of standing is near that place | Baghdad Art Gallery | geonames:98182
      """)
  void aNameThatQualifiesAPlaceIsReadAsNearIt(String behaviour, String name, String expected) {
    var reading = resolveAlone(name).orElseThrow();
    assertThat(reading.place().gazetteerId()).isEqualTo(expected);
    assertThat(reading.place().precision()).isEqualTo(org.sitrep.domain.GeoPrecision.NEAR);
  }

  @Test
  void aPlaceTheGazetteerLacksInsideANamedDivisionIsPlacedAtThatDivision() {
    // March, Ontario is no place of the gazetteer; March, England is, outside the province the text names
    var march = resolveAfterComma("March", "Ontario").orElseThrow().place();
    assertThat(march.gazetteerId()).isEqualTo("admin1:CA.08");
    assertThat(march.precision()).isEqualTo(org.sitrep.domain.GeoPrecision.ADMIN1);
    // a name the gazetteer does not know at all
    assertThat(resolveAfterComma("Kfraya", "Ontario").orElseThrow().place().gazetteerId()).isEqualTo("admin1:CA.08");
    // with no container, March is the English town, as before
    assertThat(resolveAlone("March").orElseThrow().place().gazetteerId()).isEqualTo("geonames:2643071");
  }

  @Test
  void aContainerReadAsACityGivesAnUnknownPlaceNoDivision() {
    // "Idlib" alone is the city, so "Kfraya, Idlib" may be a list or a town near the city: no province
    // is asserted for it ("Madinaty, Liverpool have other academy branches" is no place in Liverpool)
    assertThat(resolveAfterComma("Kfraya", "Idlib")).isEmpty();
  }

  @Test
  void anUnknownPlaceInOrOfACityIsPlacedNearTheCity() {
    // "the villages of Foua and Kfraya in Idlib": Idlib alone is the city, and the villages lie near it
    var kfraya = resolver.resolve("Kfraya", null, true, PlaceContext.NONE,
        new PlaceContainment.Container("Idlib", PlaceContainment.Form.IN)).orElseThrow().place();
    assertThat(kfraya.gazetteerId()).isEqualTo("geonames:169389");
    assertThat(kfraya.precision()).isEqualTo(org.sitrep.domain.GeoPrecision.NEAR);
    // "Giza's Haram district", "the Damascus suburb of Douma" say the same
    assertThat(resolver.resolve("Kfraya", null, true, PlaceContext.NONE,
        new PlaceContainment.Container("Idlib", PlaceContainment.Form.POSSESSIVE)).orElseThrow().place().gazetteerId())
        .isEqualTo("geonames:169389");
  }

  @Test
  void onlyACommaOrAPossessiveOverrulesAKnownReadingElsewhere() {
    // "March in Ontario" may be an event in March: England's March stays; "Ontario's March" is in Ontario
    assertThat(resolver.resolve("March", null, true, PlaceContext.NONE,
        new PlaceContainment.Container("Ontario", PlaceContainment.Form.IN)).orElseThrow().place().gazetteerId())
        .isEqualTo("geonames:2643071");
    assertThat(resolver.resolve("March", null, true, PlaceContext.NONE,
        new PlaceContainment.Container("Ontario", PlaceContainment.Form.POSSESSIVE)).orElseThrow().place()
        .gazetteerId()).isEqualTo("admin1:CA.08");
  }

  @Test
  void aDivisionNameThatHoldsThePlaceBeforeItIsReadAsTheDivision() {
    String text = "Clashes in Hajin, Deir ez-Zor. Raids in Hajin, Deir ez-Zor and Homs.";
    List<PlaceContainment.Named> named = new java.util.ArrayList<>();
    for (String n : List.of("Hajin", "Deir ez-Zor")) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
        named.add(new PlaceContainment.Named(at, at + n.length(), n));
      }
    }
    int homs = text.indexOf("Homs");
    named.add(new PlaceContainment.Named(homs, homs + 4, "Homs"));
    named.sort(java.util.Comparator.comparingInt(PlaceContainment.Named::start));
    List<org.sitrep.domain.GeoPrecision> none = java.util.Collections.nCopies(named.size(), null);
    List<org.sitrep.domain.GeoPrecision> cues = resolver.contexts().withHolderCues(text, named,
        PlaceContainment.containersOf(text, named), none);
    // "Hajin, Deir ez-Zor." is the governorate; in "Deir ez-Zor and Homs" it is one of a list of cities
    assertThat(cues).containsExactly(null, org.sitrep.domain.GeoPrecision.ADMIN1, null, null, null);
  }

  @Test
  void aListOfDivisionsIsNoContainment() {
    // "Ontario, Quebec": two provinces, so Ontario keeps its own reading
    assertThat(resolveAfterComma("Ontario", "Quebec").orElseThrow().place().gazetteerId()).isEqualTo("admin1:CA.08");
  }

  @Test
  void aLandmarkOfTheRegionsFileIsNotTheTownOfItsName() {
    PlaceResolver withRegions = new PlaceResolver(GeoData.withRegions(TestGazetteer.get(), Regions.load(List.of())));
    var whiteHouse = withRegions.resolve("White House", null, true, PlaceContext.NONE).orElseThrow().place();
    assertThat(whiteHouse.gazetteerId()).isEqualTo("region:white-house");
    assertThat(whiteHouse.country()).isEqualTo("US");
  }

  @Test
  void aDemonymOfADivisionIsReadAsTheDivision() {
    PlaceResolver withRegions = new PlaceResolver(GeoData.withRegions(TestGazetteer.get(), Regions.load(List.of())));
    var english = withRegions.resolve("English", null, true, PlaceContext.NONE).orElseThrow().place();
    assertThat(english.gazetteerId()).isEqualTo("admin1:GB.ENG");
    assertThat(english.precision()).isEqualTo(org.sitrep.domain.GeoPrecision.ADMIN1);
  }

  @Test
  void aContainerWrittenOnceHoldsForEveryMentionOfTheName() {
    // "London, Ontario" early in a story, "London" alone later: the later mention is London, Ontario too
    PlaceContext bare = resolver.contexts().first(List.of("London", "London"), List.of());
    assertThat(resolver.resolve("London", null, true, bare).orElseThrow().place().country()).isEqualTo("GB");
    PlaceContext held = bare.withContainers(java.util.Map.of("London", comma("Ontario")));
    assertThat(resolver.resolve("London", null, true, held).orElseThrow().place().gazetteerId())
        .isEqualTo("geonames:6058560");
  }

  @Test
  void aDatelineThatStandsAloneIsTheBestKnownPlaceOfItsName() {
    // a story that otherwise speaks of Iran: "Hajin" alone is the Iranian village, but a dateline
    // "HAJIN —" with no country after it is the Syrian town, fourteen times its size
    List<String> story = List.of("Hajin", "Iran");
    PlaceContext plain = resolver.contexts().first(story, List.of());
    assertThat(resolver.resolve("Hajin", null, true, plain).orElseThrow().place().country()).isEqualTo("IR");
    PlaceContext dated = plain.withDateline("HAJIN");
    assertThat(resolver.resolve("Hajin", null, true, dated).orElseThrow().place().gazetteerId())
        .isEqualTo("geonames:174506");
  }

  @Test
  void aShortFormThatDropsALowerCaseTailIsThePlacesOwnName() {
    assertThat(NameParts.isShortForm("newcastle", "Newcastle upon Tyne")).isTrue();
    assertThat(NameParts.isShortForm("frankfurt", "Frankfurt am Main")).isTrue();
    assertThat(NameParts.isShortForm("stoke", "Stoke-on-Trent")).isTrue();
    // a capitalised tail makes another name: Newport is not Newport News
    assertThat(NameParts.isShortForm("newport", "Newport News")).isFalse();
    assertThat(NameParts.isShortForm("london", "London")).isFalse();
  }

  @Test
  void aStoryOfCapitalsFavoursTheCapitalReading() {
    // a story that reads Baghdad and Kabul as capitals speaks of countries: its "London" gains as the
    // capital, against the same story whose first pass read no capitals
    List<String> world = List.of("London", "Strathroy", "Baghdad", "Kabul");
    PlaceContext first = resolver.contexts().first(world, List.of());
    List<PlaceResolver.Reading> readings = world.stream()
        .map(n -> resolver.resolve(n, null, true, first).orElseThrow()).toList();
    PlaceContext refined = resolver.contexts().refine(first, readings, List.of());
    assertThat(refined.capitals()).contains("geonames:98182", "geonames:1138958");
    PlaceContext noCapitals = new PlaceContext(refined.focus(), refined.readingsByName(),
        refined.containers(), refined.dateline(), java.util.Set.of(), refined.cues());
    var withCapitals = resolver.resolve("London", null, true, refined).orElseThrow();
    assertThat(withCapitals.place().country()).isEqualTo("GB");
    assertThat(withCapitals.score()).isGreaterThan(resolver.resolve("London", null, true, noCapitals).orElseThrow()
        .score());
  }

  @Test
  void theCityOfANameIsAPopulatedPlaceForEveryMention() {
    // "Quebec" alone is the province; "the city of Quebec" once makes every mention the city
    assertThat(resolveAmong("Quebec", List.of("Quebec"))).isEqualTo("admin1:CA.10");
    PlaceContext context = resolver.contexts().first(List.of("Quebec", "Quebec"), List.of())
        .withCues(java.util.Map.of("Quebec", org.sitrep.domain.GeoPrecision.EXACT));
    assertThat(resolver.resolve("Quebec", null, true, context).orElseThrow().place().gazetteerId())
        .isEqualTo("geonames:6325494");
  }
}
