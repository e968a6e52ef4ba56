package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.pipeline.PipelineFixture.code;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.domain.Event;

/**
 * The whole pipeline with the classifier: a brief's type is the classifier's, its roles the parse's; a
 * brief the lexicon has no word for is still coded; a denial, a plan or an ordinary story codes nothing.
 * Sentences written by the team.
 */
class EventTypingTest {
  @Test
  void aBriefWithoutALexiconTriggerIsCodedWithTheClassifiersType() {
    List<Event> events = code("A man on a motorbike lobbed a grenade into a crowded market in Aleppo on Sunday, wounding nine people.");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type().acledSubType()).isEqualTo("Grenade");
    assertThat(events.get(0).type().acledType()).isEqualTo("Explosions/Remote violence");
    assertThat(events.get(0).place().name()).isEqualTo("Aleppo");
  }

  @Test
  void theRolesOfABriefComeFromTheParse() {
    List<Event> events = code("A roadside bomb killed two soldiers near Hajin on Monday.");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).type().acledSubType()).isEqualTo("Remote explosive/landmine/IED");
    assertThat(events.get(0).fatalities()).isEqualTo(2);
    assertThat(events.get(0).date().date()).hasToString("2020-05-04");
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      a denied event codes nothing | Police denied reports that officers had fired on students marching in Homs on Monday.
      a planned event codes nothing | The militia threatened to shell the port of Tartus if the talks in Damascus failed next week.
      an ordinary story codes nothing | The visiting striker shot wide twice before Aleppo's defence captured the ball and stormed back to win 2-1.
      """)
  void aDeniedOrPlannedEventAndAnOrdinaryStoryCodeNothing(String behaviour, String sentence) {
    assertThat(code(sentence)).isEmpty();
  }

  @Test
  void aPlaceTakenFromGovernmentTroopsByNoOneNamedWasOvertakenByANonStateActor() {
    List<Event> events = code("Hajin was retaken from Syrian army forces after two days of fighting.");
    assertThat(events).extracting(e -> e.type().acledSubType()).containsExactly("Non-state actor overtakes territory");
  }

  @Test
  void aMobLynchingIsMobViolence() {
    List<Event> events = code("Angry villagers in Idlib beat a suspected thief to death on Tuesday before police could intervene.");
    assertThat(events).extracting(e -> e.type().acledType()).containsExactly("Riots");
  }
}
