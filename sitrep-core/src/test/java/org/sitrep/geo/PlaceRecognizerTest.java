package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.ActorRecognizer;
import org.sitrep.coding.ActorRegistry;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.PipelineFixture;

/** Place recognition and resolution on real CoreNLP output over the fixture gazetteer. */
class PlaceRecognizerTest {
  private static AnnotatedArticle places(String text) {
    Gazetteer g = GeoData.withRegions(TestGazetteer.get(), Regions.load(java.util.List.of()));
    return EventPipeline.annotation(NlpPipeline.shared())
        .then(new ActorRecognizer(ActorRegistry.bundled()))
        .then(new PlaceRecognizer(g, Regions.load(java.util.List.of())))
        .apply(PipelineFixture.article(text, LocalDate.of(2020, 5, 7)));
  }

  @Test
  void transliterationsCountrysideAndFocusResolveAsAnAnalystWould() {
    AnnotatedArticle a = places("SDF forces raided a village in the Deir el-Zour countryside and arrested men in Hajin, Syria.");
    assertThat(a.places()).extracting(p -> p.text() + "=" + p.place().gazetteerId() + "/" + p.place().precision())
        .containsExactly("Deir el-Zour=admin1:SY.07/ADMIN1", "Hajin=geonames:174506/EXACT", "Syria=country:SY/COUNTRY");
  }

  @Test
  void placeNamesInsideActorNamesAreNotPlaces() {
    AnnotatedArticle a = places("The Syrian Democratic Forces and Iraqi security forces met in Baghdad.");
    assertThat(a.places()).extracting(p -> p.text()).containsExactly("Baghdad");
  }

  @Test
  void demonymsStandForTheirCountry() {
    AnnotatedArticle a = places("Syrian officials spoke on Thursday.");
    assertThat(a.places()).singleElement().satisfies(p -> {
      assertThat(p.demonym()).isTrue();
      assertThat(p.place().precision()).isEqualTo(GeoPrecision.COUNTRY);
    });
  }

  @Test
  void aPlaceTheGazetteerLacksIsReportedUnresolved() {
    AnnotatedArticle a = places("Clashes were reported in Springfield on Monday.");
    assertThat(a.unresolved()).extracting(AnnotatedArticle.UnresolvedPlace::text).containsExactly("Springfield");
    assertThat(a.unresolved().get(0).storyArea()).isNull();
    assertThat(a.places()).isEmpty();
  }

  @Test
  void anUnresolvedPlaceCarriesTheStorysAreaAsAHintNotAReading() {
    AnnotatedArticle a = places("Clashes were reported in Springfield on Monday. Aleppo was shelled again.");
    assertThat(a.unresolved()).singleElement().satisfies(u -> {
      assertThat(u.text()).isEqualTo("Springfield");
      assertThat(u.storyArea().gazetteerId()).isEqualTo("geonames:170063");
    });
    assertThat(a.places()).extracting(PlaceMention::text).containsExactly("Aleppo");
  }

  @Test
  void aPlaceInAnInstitutionsNameIsKeptAsWhoseNotWhere() {
    AnnotatedArticle a = places("Clashes continued, said a professor at the University of Baghdad.");
    assertThat(a.places()).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("Baghdad");
      assertThat(p.embedded()).isTrue();
      assertThat(p.locative()).isFalse();
    });
    assertThat(a.unresolved()).isEmpty();
  }

  @Test
  void aWordOrAcronymInAnOrganisationsNameIsNoPlace() {
    // "Central" and "Federal" name first-level divisions somewhere; inside a body's name they say its kind
    AnnotatedArticle a = places("The Central Bank of Iraq and the Federal Reserve said rates would hold.");
    assertThat(a.places()).extracting(p -> p.text() + (p.embedded() ? "/embedded" : "")).containsExactly("Iraq/embedded");
  }

  @Test
  void aSaintAChurchIsDedicatedToIsNoPlace() {
    AnnotatedArticle a = places("The blast hit the small church of St. Peter in Aleppo and the St. Peter Coptic Church.");
    assertThat(a.places()).extracting(p -> p.text()).containsExactly("Aleppo");
  }
}
