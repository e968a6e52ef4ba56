package org.sitrep.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled classifier (MiniLM and bge embeddings, softmax trained on the team's data) on sentences the team
 * wrote for testing, none of them in its training data: four of each ACLED sub-event type, and negated,
 * planned, threatened and claimed ones that report no event.
 */
class EventTypeClassifierTest {
  private static List<LabelledText> sentences;
  private static EventTypeClassifier classifier;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = EventTypeClassifierTest.class.getResourceAsStream("event-type-sentences.tsv")) {
      sentences = LabelledText.read(in, "event-type-sentences.tsv");
    }
    classifier = EventTypeClassifier.bundled();
  }

  @Test
  void namesTheTypeOfMostSentencesItNeverSaw() {
    long right = sentences.stream().filter(s -> classifier.classify(s.text()).label().equals(s.label())).count();
    assertThat((double) right / sentences.size()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void everyAcledSubEventTypeIsRecognisedInMostOfItsSentences() {
    Map<String, int[]> byLabel = new TreeMap<>();
    for (LabelledText s : sentences) {
      if (AcledTypes.bundled().ofLabel(s.label()) != null) {
        int[] c = byLabel.computeIfAbsent(s.label(), k -> new int[2]);
        c[0]++;
        c[1] += classifier.classify(s.text()).label().equals(s.label()) ? 1 : 0;
      }
    }
    assertThat(byLabel).hasSize(25);
    byLabel.forEach((label, c) -> assertThat(c[1]).as(label).isGreaterThanOrEqualTo(c[0] / 2));
  }

  @Test
  void negatedPlannedThreatenedAndClaimedEventsAreMostlyNoEvents() {
    List<LabelledText> none = sentences.stream().filter(s -> AcledTypes.NOT_EVENTS.contains(s.label())).toList();
    long read = none.stream().filter(s -> !classifier.classify(s.text()).isEvent()).count();
    assertThat((double) read / none.size()).isGreaterThanOrEqualTo(0.65);
  }

  @Test
  void aDeniedShootingIsNoEventAndAGrenadeAttackIsAGrenade() {
    assertThat(classifier.classify("Police denied that officers had opened fire on the students marching in Dhaka.").isEvent()).isFalse();
    assertThat(classifier.classify("A man on a motorbike lobbed a grenade into a crowded market in Srinagar, wounding nine.").label())
        .isEqualTo("GRENADE");
  }

  @Test
  void balancedTeamDataWeighsEveryAcledTypeTheSameAndLeavesNonEventsAlone() {
    List<LabelledText> team = List.of(new LabelledText("GRENADE", "a"), new LabelledText("GRENADE", "b"),
        new LabelledText("GRENADE", "c"), new LabelledText("ARREST", "d"), new LabelledText("NONE", "e"),
        new LabelledText("NONE", "f"));
    Map<String, Double> balanced = EventTypeClassifier.teamWeights(team, true);
    assertThat(balanced.get("GRENADE") * 3).isEqualTo(balanced.get("ARREST") * 1);
    assertThat(balanced.get("GRENADE") * 3 + balanced.get("ARREST")).isEqualTo(4.0);
    assertThat(balanced.get("NONE")).isEqualTo(1.0);
    assertThat(EventTypeClassifier.teamWeights(team, false).values()).containsOnly(1.0);
  }
}
