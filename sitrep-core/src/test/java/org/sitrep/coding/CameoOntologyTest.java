package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoOntologyTest {
  private final CameoOntology cameo = CameoOntology.builtIn();

  @Test
  void everyRootCodeHasAQuadClassAGoldsteinWeightAndAPloverType() {
    for (int root = 1; root <= 20; root++) {
      var e = cameo.of(String.format("%02d", root)).orElseThrow();
      assertThat(e.quadClass()).isEqualTo(root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
      assertThat(e.goldstein()).isBetween(-10.0, 10.0);
      assertThat(e.plover()).isNotBlank();
    }
  }

  @Test
  void aSubCodeTakesItsLongestListedPrefix() {
    assertThat(cameo.of("1831").orElseThrow().name()).isEqualTo("Carry out suicide bombing");
    assertThat(cameo.of("1833").orElseThrow().code()).isEqualTo("183");
    assertThat(cameo.of("0874").orElseThrow().code()).isEqualTo("08");
  }

  @Test
  void everyCodeOfTheLexiconIsInTheOntology() {
    EventLexicon lexicon = EventLexicon.bundled();
    for (String key : lexicon.keys()) {
      assertThat(cameo.of(lexicon.definition(key).cameo())).as(key).isPresent();
    }
  }

  @Test
  void conflictIsNegativeAndCooperationPositive() {
    assertThat(cameo.of("190").orElseThrow().goldstein()).isEqualTo(-10.0);
    assertThat(cameo.of("173").orElseThrow().plover()).isEqualTo("COERCE");
    assertThat(cameo.of("07").orElseThrow().goldstein()).isPositive();
  }
}
