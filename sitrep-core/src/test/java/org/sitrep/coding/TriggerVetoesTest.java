package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Article;
import org.sitrep.geo.PlaceRecognizer;
import org.sitrep.geo.TestGazetteer;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.pipeline.PipelineFixture;
import org.sitrep.stage.Stage;

/** Each rule of the veto chain, on team-written sentences where it, and no rule before it, applies. */
class TriggerVetoesTest {
  private static Stage<Article, AnnotatedArticle> annotate;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    Knowledge k = Knowledge.withGazetteer(TestGazetteer.get(), Knowledge.UserFiles.NONE);
    annotate = EventPipeline.annotation(NlpPipeline.shared())
        .then(new ActorRecognizer(k.actors(), ActorRecognizer.countriesOf(k.gazetteer())))
        .then(new PlaceRecognizer(k.gazetteer(), k.regions()));
    coder = new EventCoder(k.lexicon(), k.actors()::byName);
  }

  private static List<String> vetoes(String sentence) {
    return coder.vetoes(annotate.apply(PipelineFixture.article(sentence, LocalDate.of(2020, 5, 7))));
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

  @Test
  void aParticipleDescribingANounIsNoEvent() {
    assertThat(vetoes("The captured commander was flown to the capital on Monday."))
        .contains("captured: participle describing a noun");
  }

  @Test
  void aGerundSayingWhoAGroupIsIsNoEvent() {
    assertThat(vetoes("Rebel groups fighting to topple the government met in Geneva on Monday."))
        .contains("fighting: gerund describing its subject");
  }

  @Test
  void anUndatedSimplePresentTellsAHabit() {
    assertThat(vetoes("They attack the convoys at night.")).contains("attack: undated simple present");
  }

  @Test
  void aCampaignNounIsNoSingleEvent() {
    assertThat(vetoes("The battle for the city entered its third month.")).contains("battle: campaign noun");
  }

  @Test
  void aWeaponHandledIsNotYetAnExplosion() {
    assertThat(vetoes("Police found a bag containing a bomb near the market on Monday."))
        .contains("bomb: weapon handled");
  }

  @Test
  void aCampaignsTollToDateIsNoEvent() {
    assertThat(vetoes("The offensive has killed more than 1,600 people.")).contains("killed: campaign's toll to date");
  }

  @Test
  void aHomeSearchedIsNoRaidEvent() {
    assertThat(vetoes("His house was raided on Monday.")).contains("raided: premises searched");
  }

  @Test
  void theLengthOfACampaignIsNoEvent() {
    assertThat(vetoes("After days of protests, the minister resigned on Monday."))
        .contains("protests: length of a campaign");
  }

  @Test
  void aPerfectSinceADateTellsACampaign() {
    assertThat(vetoes("The coalition has fought the group since 2014.")).contains("fought: perfect since a date");
  }

  @Test
  void aSpanOfYearsIsAHistory() {
    assertThat(vetoes("The group killed 800 people over four decades.")).contains("killed: span of years");
  }

  @Test
  void aReportedEventIsVetoedByNoRule() {
    assertThat(vetoes("Gunmen attacked an army checkpoint near the town on Monday, killing two soldiers.")).isEmpty();
  }

  @Test
  void comingUnderFireForSomethingOrAsAnAbstractSubjectIsCriticism() {
    assertThat(vetoes("The minister's travel plans came under fire in parliament on Monday."))
        .contains("came: criticism under fire");
    assertThat(vetoes("The minister came under fire for his remarks on Monday."))
        .contains("came: criticism under fire");
    assertThat(vetoes("A UN convoy came under fire near Gao on Monday.")).noneMatch(v -> v.contains("criticism"));
  }

  @Test
  void thePartSomeoneTookInEventsIsBackground() {
    assertThat(vetoes("Protesters denounced Russia's role in the bombardment of Aleppo on Monday."))
        .contains("bombardment: part taken in events");
  }

  @Test
  void aDeathWhoseCauseIsNotToldIsNoViolence() {
    assertThat(vetoes("Following the death of the opposition leader on Monday, councillors renamed a street."))
        .contains("death: death without a cause");
    assertThat(vetoes("A raid led to the death of the group's leader on Monday."))
        .noneMatch(v -> v.contains("death without a cause"));
  }
}
