package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the veto chain, on team-written sentences where it, and no rule before it, applies. */
class TriggerVetoesTest {
  private static List<String> vetoes(String sentence) {
    RuleCoderFixture fixture = RuleCoderFixture.shared();
    return fixture.coder().vetoes(fixture.annotated(sentence));
  }

  @Test
  void theRulesAreTriedInTheOrderTheChainLists() {
    assertThat(TriggerVetoes.CHAIN).extracting(TriggerVetoes.Veto::name).startsWith("noun modifying a noun")
        .endsWith("death without a cause").doesNotHaveDuplicates();
  }

  @Test
  void aTriggerModifyingAnotherNounIsNoEvent() {
    assertThat(vetoes("An attack helicopter landed at the base on Monday.")).containsExactly("attack: noun modifying a noun");
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      a participle describing a noun is no event | The captured commander was flown to the capital on Monday. | captured: participle describing a noun
      a gerund saying who a group is is no event | Rebel groups fighting to topple the government met in Geneva on Monday. | fighting: gerund describing its subject
      an undated simple present tells a habit | They attack the convoys at night. | attack: undated simple present
      a campaign noun is no single event | The battle for the city entered its third month. | battle: campaign noun
      a weapon handled is not yet an explosion | Police found a bag containing a bomb near the market on Monday. | bomb: weapon handled
      a campaign's toll to date is no event | The offensive has killed more than 1,600 people. | killed: campaign's toll to date
      a home searched is no raid event | His house was raided on Monday. | raided: premises searched
      the length of a campaign is no event | After days of protests, the minister resigned on Monday. | protests: length of a campaign
      a perfect since a date tells a campaign | The coalition has fought the group since 2014. | fought: perfect since a date
      a span of years is a history | The group killed 800 people over four decades. | killed: span of years
      coming under fire as an abstract subject is criticism | The minister's travel plans came under fire in parliament on Monday. | came: criticism under fire
      coming under fire for something is criticism | The minister came under fire for his remarks on Monday. | came: criticism under fire
      the part someone took in events is background | Protesters denounced Russia's role in the bombardment of Aleppo on Monday. | bombardment: part taken in events
      a death whose cause is not told is no violence | Following the death of the opposition leader on Monday, councillors renamed a street. | death: death without a cause
      """)
  void eachRuleVetoesTheTriggerOfItsSentence(String behaviour, String sentence, String veto) {
    assertThat(vetoes(sentence)).contains(veto);
  }

  @Test
  void aReportedEventIsVetoedByNoRule() {
    assertThat(vetoes("Gunmen attacked an army checkpoint near the town on Monday, killing two soldiers.")).isEmpty();
  }

  @Test
  void aConvoyComingUnderFireIsNoCriticism() {
    assertThat(vetoes("A UN convoy came under fire near Gao on Monday.")).noneMatch(v -> v.contains("criticism"));
  }

  @Test
  void aDeathARaidLedToHasItsCause() {
    assertThat(vetoes("A raid led to the death of the group's leader on Monday."))
        .noneMatch(v -> v.contains("death without a cause"));
  }
}
