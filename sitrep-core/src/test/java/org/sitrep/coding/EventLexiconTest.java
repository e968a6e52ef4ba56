package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.ActorType;

class EventLexiconTest {
  private final EventLexicon lexicon = EventLexicon.bundled();

  @Test
  void coversTheFoundationEventTypes() {
    for (String key : List.of("armed_clash", "raid", "bombing", "air_strike", "arrest", "abduction", "killing",
        "territory_seizure")) {
      assertThat(lexicon.definition(key).cameo()).matches("\\d{2,4}");
    }
  }

  @Test
  void longerPhrasesAreTriedFirst() {
    List<EventLexicon.Trigger> triggers = lexicon.triggersStartingWith("suicide");
    assertThat(triggers.get(0).lemmas().size()).isGreaterThan(triggers.get(triggers.size() - 1).lemmas().size());
  }

  @Test
  void acledTypeDependsOnTargetAndActor() {
    var killing = lexicon.definition("killing");
    assertThat(killing.codeFor(ActorType.REBEL_GROUP, ActorType.CIVILIANS).acledType()).isEqualTo("Violence against civilians");
    assertThat(killing.codeFor(ActorType.REBEL_GROUP, ActorType.STATE_FORCES).acledType()).isEqualTo("Battles");
    var seizure = lexicon.definition("territory_seizure");
    assertThat(seizure.codeFor(ActorType.STATE_FORCES, null).acledSubType()).isEqualTo("Government regains territory");
    assertThat(seizure.codeFor(ActorType.REBEL_GROUP, null).acledSubType()).isEqualTo("Non-state actor overtakes territory");
  }

  @Test
  void userFileAddsTriggerWordsToABundledType(@TempDir Path dir) throws Exception {
    EventLexicon withMine = EventLexicon.load(UserFile.write(dir, "mine.yaml", """
        events:
          - key: arrest
            verbs: [nab up]
        """));
    assertThat(withMine.triggersStartingWith("nab")).anyMatch(t -> t.lemmas().size() == 2);
  }

  @Test
  void badCameoCodeIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    List<Path> bad = UserFile.write(dir, "bad.yaml", """
        events:
          - key: looting
            cameo: "x1"
            acled: [Strategic developments, Looting/property destruction]
        """);
    assertThatThrownBy(() -> EventLexicon.load(bad)).hasMessageContaining("bad.yaml:2");
  }
}
