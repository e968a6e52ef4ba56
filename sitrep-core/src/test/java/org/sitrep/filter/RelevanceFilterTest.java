package org.sitrep.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.coding.EventLexicon;

class RelevanceFilterTest {
  private static final RelevanceFilter FILTER = RelevanceFilter.of(EventLexicon.bundled());

  @Test
  void inflectedTriggersAndPhrasesKeepTheirParagraph() {
    assertThat(FILTER.select("Rebels fought troops near the town.").kept()).isEqualTo(1);
    assertThat(FILTER.select("Two raids were reported overnight.").kept()).isEqualTo(1);
    assertThat(FILTER.select("Gunmen opened fire on a checkpoint.").kept()).isEqualTo(1);
    assertThat(FILTER.select("Police detained three suspects.").kept()).isEqualTo(1);
  }

  @Test
  void aPhraseCountsOnlyWithAllItsWordsInSequence() {
    // "open fire" is a trigger; "open" and "fire" apart are not
    assertThat(FILTER.select("The shop will open after the fire was put out.").isEmpty()).isTrue();
  }

  @Test
  void anArticleWithoutTriggersIsSkippedWhole() {
    RelevanceFilter.Selection s = FILTER.select("The council opened a library.\n\nReaders welcomed it.");
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.paragraphs()).isEqualTo(2);
  }

  @Test
  void skippedParagraphsAreBlankedSoOffsetsStillPointIntoTheBody() {
    String body = "DAMASCUS (Reuters) - A statement was issued.\n\nThe weather was mild.\n\n"
        + "Militants attacked a checkpoint in Hajin on Monday.\n\nMarkets were calm.";
    RelevanceFilter.Selection s = FILTER.select(body);
    assertThat(s.text()).hasSize(body.length());
    assertThat(s.kept()).as("the trigger's paragraph and the first, for the article's focus").isEqualTo(2);
    int at = body.indexOf("Militants");
    assertThat(s.text().substring(at, at + 50)).isEqualTo(body.substring(at, at + 50));
    assertThat(s.text()).startsWith("DAMASCUS (Reuters)").doesNotContain("weather").doesNotContain("Markets");
    assertThat(s.text().replaceAll("[^\n]", "")).isEqualTo(body.replaceAll("[^\n]", ""));
  }
}
