package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextParagraphsTest {
  private static final String WRAPPED = """
      Police in the Bio Bio region have reported that unidentified
      individuals planted a bomb in front of a Mormon church in the
      Talcahuano district on Tuesday night.

      The device damaged the front of the building and two parked cars,
      but nobody was hurt, a police spokesman said in a statement to the
      press.
      """;

  @Test
  void joinsHardWrappedLinesIntoParagraphs() {
    assertEquals(List.of(
        "Police in the Bio Bio region have reported that unidentified individuals planted a bomb in front of a "
            + "Mormon church in the Talcahuano district on Tuesday night.",
        "The device damaged the front of the building and two parked cars, but nobody was hurt, a police "
            + "spokesman said in a statement to the press."), TextParagraphs.of(WRAPPED));
  }

  @Test
  void keepsOneParagraphPerLineWhenLinesAreParagraphs() {
    String scraped = "Gunmen attacked a checkpoint near Kidal on Monday, killing two soldiers, the army said in a statement.\n"
        + "The attack was the third on the road this month, residents said, and no group has claimed it yet.\n"
        + "Short line.\n";
    assertEquals(3, TextParagraphs.of(scraped).size());
  }

  @Test
  void keepsListItemsTablesAndHeadersApart() {
    String text = """
        Date: 14 March 2021
        Subject: Weekly security summary for the northern provinces

        The following incidents were reported in the northern provinces in
        the week to Sunday, according to the monitoring group's field staff:
        - Two soldiers were killed in an ambush near Kidal on Monday, the
          army said.
        - Police arrested five men in Gao.
        Province     Killed   Wounded
        Kidal        2        4
        """;
    assertEquals(List.of("Date: 14 March 2021", "Subject: Weekly security summary for the northern provinces",
        "The following incidents were reported in the northern provinces in the week to Sunday, according to the "
            + "monitoring group's field staff:",
        "- Two soldiers were killed in an ambush near Kidal on Monday, the army said.",
        "- Police arrested five men in Gao.", "Province Killed Wounded", "Kidal 2 4"), TextParagraphs.of(text));
  }

  @Test
  void rejoinsAWordATypesetterSplitButKeepsACompoundsHyphen() {
    String text = """
        The local authorities said that the attack on the district govern-
        ment offices had been carried out by an aircraft of the Saudi-
        led coalition early on Sunday morning, local officials said.
        """;
    assertEquals(List.of("The local authorities said that the attack on the district government offices had been "
        + "carried out by an aircraft of the Saudi-led coalition early on Sunday morning, local officials said."),
        TextParagraphs.of(text));
  }

  @Test
  void anIndentedFirstLineStartsAParagraph() {
    String text = """
            The army said on Monday that its troops had retaken the town of
        Tessit after two days of fighting with the militants who had held it.
            Residents who fled last week began to return on Tuesday, a local
        official told reporters in the regional capital by telephone.
        """;
    assertEquals(2, TextParagraphs.of(text).size());
  }

  @Test
  void tableRowsAreNotTypistsDoubleSpaces() {
    assertEquals(true, TextParagraphs.isTableRow("Kidal        2        4"));
    assertEquals(false, TextParagraphs.isTableRow("He left.  Then he came back.  Nobody knew."));
  }
}
