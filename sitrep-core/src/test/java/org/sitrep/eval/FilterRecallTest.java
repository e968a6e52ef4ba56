package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.EventLexicon;
import org.sitrep.domain.Article;
import org.sitrep.domain.DatePrecision;
import org.sitrep.filter.RelevanceFilter;

class FilterRecallTest {
  private static EventGold.GoldEvent event(String doc, String body, String sentence) {
    int at = body.indexOf(sentence);
    return new EventGold.GoldEvent(doc, at, at + sentence.length(), at, at + sentence.length(), "Battles",
        "Armed clash", LocalDate.of(2020, 5, 1), DatePrecision.DAY, "Hajin", 34.69, 40.83, "", "", -1);
  }

  @Test
  void anEventWhoseParagraphTheFilterKeepsCountsAndOneItBlanksIsListedAsMissed() {
    String kept = "Gunmen attacked an army checkpoint near Hajin on Monday, killing two soldiers.";
    String blanked = "The market reopened on Tuesday after the holiday, traders said.";
    String body = "A quiet week in the town.\n\n" + kept + "\n\n" + blanked;
    Article a = new Article("d1", "test", "d1.txt", "Report", LocalDate.of(2020, 5, 7), body, List.of());
    EventGold gold = new EventGold(List.of(new EventGold.Doc("d1", a, body)),
        List.of(event("d1", body, kept), event("d1", body, blanked)));
    FilterRecall r = FilterRecall.of(gold, RelevanceFilter.of(EventLexicon.bundled()));
    assertThat(r.kept()).isEqualTo(1);
    assertThat(r.events()).isEqualTo(2);
    assertThat(r.recall()).isEqualTo(0.5);
    assertThat(r.missed()).singleElement().asString().startsWith("d1 [").endsWith("Armed clash");
  }
}
