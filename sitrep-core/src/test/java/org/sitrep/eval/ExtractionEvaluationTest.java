package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvaluationTest {
  @Test
  void identicalTokenSequencesScorePerfectlyWhateverThePunctuation() {
    var s = ExtractionEvaluation.score("one two three four five", "one two, three four five!");
    assertThat(s.tp()).isEqualTo(1.0);
  }

  @Test
  void shinglesAreCountedWithMultiplicity() {
    // truth: abcd, bcde; predicted: abcd x2, bcda, cdab, dabc -> tp 1, fp 4, fn 1
    var s = ExtractionEvaluation.score("a b c d e", "a b c d a b c d");
    assertThat(s.tp()).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(s.fp()).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(s.fn()).isCloseTo(1.0 / 6, within(1e-9));
  }

  @Test
  void emptyPredictionIsOneEmptyShingleAsInTheReferenceScript() {
    var s = ExtractionEvaluation.score("a b c d", "");
    assertThat(s.tp()).isZero();
    assertThat(s.fp()).isCloseTo(0.5, within(1e-9));
    assertThat(s.fn()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void tokensAreUnicodeWords() {
    assertThat(ExtractionEvaluation.tokens("Dayr az-Zawr’s café, 2020"))
        .containsExactly("Dayr", "az", "Zawr", "s", "café", "2020");
  }

  @Test
  void precisionAndRecallAreMeansOverPagesAndF1ComesFromTheMeans() {
    var perfect = new ExtractionEvaluation.PageScore(1, 0, 0);
    var half = new ExtractionEvaluation.PageScore(0.5, 0.5, 0);
    var score = ExtractionEvaluation.aggregate(List.of(perfect, half));
    assertThat(score.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(score.recall()).isCloseTo(1.0, within(1e-9));
    assertThat(score.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
  }
}
