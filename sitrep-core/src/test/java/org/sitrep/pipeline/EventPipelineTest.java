package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.coding.ActorRecognizer;
import org.sitrep.geo.PlaceRecognizer;
import org.sitrep.geo.TestGazetteer;
import org.sitrep.stage.Layer;

class EventPipelineTest {
  private static final Knowledge K = Knowledge.withGazetteer(TestGazetteer.get(), Knowledge.UserFiles.NONE);

  @Test
  void theAssembledPipelineProvidesEverythingItsStagesRead() {
    assertThat(PipelineFixture.pipeline().requires()).isEmpty();
    assertThat(PipelineFixture.pipeline().provides()).contains(Layer.NLP, Layer.ACTORS, Layer.PLACES, Layer.EVENTS);
  }

  @Test
  void actorsComeBeforePlacesWhoseRecognizerReadsTheActorsCountries() {
    assertThat(EventPipeline.places(K).requires()).containsExactly(Layer.NLP);
    var placesFirst = new PlaceRecognizer(K.gazetteer(), K.regions())
        .then(new ActorRecognizer(K.actors(), ActorRecognizer.countriesOf(K.gazetteer())));
    assertThat(placesFirst.requires()).contains(Layer.ACTORS);
    assertThatThrownBy(placesFirst::requireComplete).hasMessageContaining("ACTORS");
  }
}
