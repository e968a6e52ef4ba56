package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.eval.EventTypeEvaluation.Snippet;
import org.junit.jupiter.api.Test;

/** The CASE 2021 task 2 scoring: weighted F1 as sklearn computes it, coverage, false events, folds, intervals. */
class EventTypeEvaluationTest {
  private static final Set<String> ACLED = Set.of("ARMED_CLASH", "ARREST");
  private static final List<Snippet> SNIPPETS = List.of(
      new Snippet("1", "", "ARMED_CLASH"), new Snippet("2", "", "ARMED_CLASH"), new Snippet("3", "", "ARREST"),
      new Snippet("4", "", "ORG_CRIME"), new Snippet("5", "", "DIPLO"));
  private static final Map<String, String> PREDICTED = Map.of("1", "ARMED_CLASH", "2", "ARREST", "3", "ARREST",
      "4", "ARMED_CLASH", "5", EventTypeEvaluation.NO_EVENT);

  @Test
  void aNonAcledSnippetCodedAsATypeIsAFalsePositiveOfThatType() {
    EventTypeEvaluation.Result r = EventTypeEvaluation.score(SNIPPETS, s -> PREDICTED.get(s.id()), ACLED);
    // ARMED_CLASH: P 1/2, R 1/2, F1 0.5 (support 2); ARREST: P 1/2, R 1, F1 2/3 (support 1);
    // sklearn's f1_score(average="weighted", labels=ACLED) gives (0.5 * 2 + 2/3) / 3
    assertThat(r.weightedF1()).isCloseTo((0.5 * 2 + 2.0 / 3) / 3, within(1e-9));
    assertThat(r.coverage()).isEqualTo(1.0);
    assertThat(r.falseEventRate()).isEqualTo(0.5);
    assertThat(r.confusion().get("ARMED_CLASH")).containsEntry("ARREST", 1).containsEntry("ARMED_CLASH", 1);
  }

  @Test
  void foldsDealEachLabelInTurnAndRepeat() {
    List<Snippet> many = tenOfEach();
    List<List<Snippet>> folds = EventTypeEvaluation.folds(many, 5);
    assertThat(folds).hasSize(5).allSatisfy(f -> assertThat(f).extracting(Snippet::label)
        .containsExactlyInAnyOrder("ARMED_CLASH", "ARMED_CLASH", "ARREST", "ARREST"));
    assertThat(EventTypeEvaluation.folds(many, 5)).isEqualTo(folds);
  }

  @Test
  void aShuffledSplitIsAnotherStratifiedPartitionAndRepeatsWithItsSeed() {
    List<Snippet> many = tenOfEach();
    List<List<Snippet>> shuffled = EventTypeEvaluation.folds(many, 5, 3);
    assertThat(shuffled).hasSize(5).allSatisfy(f -> assertThat(f).extracting(Snippet::label)
        .containsExactlyInAnyOrder("ARMED_CLASH", "ARMED_CLASH", "ARREST", "ARREST"));
    assertThat(shuffled.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(many);
    assertThat(shuffled).isNotEqualTo(EventTypeEvaluation.folds(many, 5));
    assertThat(EventTypeEvaluation.folds(many, 5, 3)).isEqualTo(shuffled);
    assertThat(EventTypeEvaluation.folds(many, 5, 0)).isEqualTo(EventTypeEvaluation.folds(many, 5));
  }

  @Test
  void theBootstrapIntervalHoldsTheScoreAndRepeatsWithItsSeed() {
    double point = EventTypeEvaluation.score(SNIPPETS, s -> PREDICTED.get(s.id()), ACLED).weightedF1();
    double[] interval = EventTypeEvaluation.bootstrapInterval(SNIPPETS, s -> PREDICTED.get(s.id()), ACLED, 500, 0.95, 7);
    assertThat(interval[0]).isLessThan(point);
    assertThat(interval[1]).isGreaterThan(point);
    assertThat(EventTypeEvaluation.bootstrapInterval(SNIPPETS, s -> PREDICTED.get(s.id()), ACLED, 500, 0.95, 7))
        .containsExactly(interval);
  }

  @Test
  void perfectPredictionsHaveNoSpread() {
    double[] interval = EventTypeEvaluation.bootstrapInterval(SNIPPETS.subList(0, 3), Snippet::label, ACLED, 200, 0.95, 1);
    assertThat(interval).containsExactly(1.0, 1.0);
  }

  /** Ten armed clashes and ten arrests, interleaved. */
  private static List<Snippet> tenOfEach() {
    List<Snippet> many = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      many.add(new Snippet("c" + i, "", "ARMED_CLASH"));
      many.add(new Snippet("a" + i, "", "ARREST"));
    }
    return many;
  }
}
