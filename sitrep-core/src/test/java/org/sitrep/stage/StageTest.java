package org.sitrep.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StageTest {
  private static final Stage<String, String> ANNOTATE = Stage.declared(s -> s + "|nlp", Set.of(), Set.of(Layer.NLP));
  private static final Stage<String, String> ACTORS =
      Stage.declared(s -> s + "|actors", Set.of(Layer.NLP), Set.of(Layer.ACTORS));
  private static final Stage<String, String> PLACES =
      Stage.declared(s -> s + "|places", Set.of(Layer.NLP, Layer.ACTORS), Set.of(Layer.PLACES));

  @Test
  void aChainInTheOrderTheDataFlowsRunsInThatOrderAndRequiresNothing() {
    Stage<String, String> chain = ANNOTATE.then(ACTORS.then(PLACES)).requireComplete();
    assertThat(chain.apply("text")).isEqualTo("text|nlp|actors|places");
    assertThat(chain.requires()).isEmpty();
    assertThat(chain.provides()).containsExactlyInAnyOrder(Layer.NLP, Layer.ACTORS, Layer.PLACES);
  }

  @Test
  void aPartOfAChainRequiresWhatItsOwnStagesDoNotProvide() {
    assertThat(ACTORS.then(PLACES).requires()).containsExactly(Layer.NLP);
  }

  @Test
  void aStageBeforeWhatItReadsIsRefusedWhenTheChainIsAssembledNamingWhatIsMissing() {
    Stage<String, String> wrong = ANNOTATE.then(PLACES.then(ACTORS));
    assertThat(wrong.requires()).containsExactly(Layer.ACTORS);
    assertThatThrownBy(wrong::requireComplete).isInstanceOf(IllegalStateException.class).hasMessageContaining("ACTORS");
  }

  @Test
  void aLambdaStageDeclaresNothing() {
    Stage<String, Integer> length = String::length;
    assertThat(length.requires()).isEmpty();
    assertThat(length.provides()).isEmpty();
  }
}
