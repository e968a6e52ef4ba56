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

  @Test
  void leaveSitesOutScoresEachSiteWithTheSettingsChosenWithoutIt() {
    var good = new ExtractionEvaluation.PageScore(1, 0, 0);
    var bad = new ExtractionEvaluation.PageScore(0.2, 0.8, 0);
    // setting 0 suits sites a and b; setting 1 suits only c, and c alone cannot choose it for itself
    var setting0 = List.of(good, good, bad);
    var setting1 = List.of(bad, bad, good);
    var out = ExtractionEvaluation.leaveSitesOut(List.of(setting0, setting1), List.of("a", "b", "c"));
    assertThat(out.pages()).containsExactly(good, good, bad);
    assertThat(out.chosen()).containsExactly(3, 0);
  }

  @Test
  void pagesOfOneSiteAreLeftOutTogether() {
    var good = new ExtractionEvaluation.PageScore(1, 0, 0);
    var bad = new ExtractionEvaluation.PageScore(0.2, 0.8, 0);
    // site s has three pages that favour setting 1: left out one at a time, the other two would tip the choice to
    // setting 1; left out together, the other sites choose setting 0
    var setting0 = List.of(bad, bad, bad, good, good, good);
    var setting1 = List.of(good, good, good, bad, good, good);
    var out = ExtractionEvaluation.leaveSitesOut(List.of(setting0, setting1), List.of("s", "s", "s", "t", "u", "v"));
    assertThat(out.pages().subList(0, 3)).containsExactly(bad, bad, bad);
  }
}
