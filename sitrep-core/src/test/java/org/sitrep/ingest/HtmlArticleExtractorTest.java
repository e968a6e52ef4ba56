package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.HtmlArticleExtractor.BodySource;
import org.sitrep.ingest.HtmlArticleExtractor.Extracted;

class HtmlArticleExtractorTest {
  private static final String NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
      + "<li><a href='/sport'>Sport</a></li></ul></nav>";
  private static final String LEAD = "Gunmen attacked a police checkpoint near Kidal on Monday, killing two officers,"
      + " the regional governor said in a statement.";
  private static final String SECOND = "The attackers fled on motorbikes towards the border, and the army has sent"
      + " reinforcements to the area, a military source told reporters in Bamako.";

  private static Extracted extract(String body, String head) {
    return new HtmlArticleExtractor().extract("<html><head><title>Report</title>" + head + "</head><body>" + body
        + "</body></html>", "https://example.org/news/1");
  }

  private static Extracted extract(String body) {
    return extract(body, "");
  }

  @Test
  void looseTextIsReadAsParagraphsInPlaceBetweenTheBlocks() {
    Extracted x = extract(NAV + "<div class='article'><h1>Attack near Kidal</h1><span>" + LEAD
        + "<br><br><div class='img'><img src='a.jpg'></div><br><br>" + SECOND + "<br><br><h2>Reactions</h2>"
        + "The government condemned the attack, calling it cowardly, in a statement read on state television.</span>"
        + "</div>");
    assertEquals(List.of(LEAD, SECOND, "Reactions",
        "The government condemned the attack, calling it cowardly, in a statement read on state television."),
        x.paragraphs());
    assertEquals(BodySource.MARKUP, x.bodySource());
  }

  @Test
  void aLineRepeatedInTheArticleIsKeptEachTime() {
    String plan = "<h3>Day %d</h3><p>Patrols: two in the morning, one at night, each of four vehicles.</p>"
        + "<p>Checkpoints stay open, and traffic is searched at each one, from the north road to the river.</p>";
    Extracted x = extract(NAV + "<article><div class='entry-content'><p>" + LEAD + "</p>"
        + String.format(plan, 1) + String.format(plan, 2) + "</div></article>");
    long patrols = x.paragraphs().stream().filter(p -> p.startsWith("Patrols:")).count();
    assertEquals(2, patrols, x.paragraphs().toString());
  }

  @Test
  void aHeadlineWrappedInALinkIsATeaserOfAnotherStory() {
    StringBuilder teasers = new StringBuilder("<div class='more'><h3>More from Africa</h3><ul>");
    for (int i = 0; i < 5; i++) {
      teasers.append("<li><a href='/story/").append(i).append("'><h4>Another long headline about another story, number ")
          .append(i).append(", from the region</h4></a></li>");
    }
    teasers.append("</ul></div>");
    Extracted x = extract(NAV + "<div class='story-body'><p>" + LEAD + "</p><p>" + SECOND + "</p>" + teasers
        + "<p>" + LEAD.replace("Monday", "Tuesday") + "</p></div>");
    assertTrue(x.paragraphs().stream().noneMatch(p -> p.contains("Another long headline")), x.paragraphs().toString());
    assertTrue(x.paragraphs().contains(SECOND));
  }

  @Test
  void paragraphsFromSeveralArticleElementsAreHeldToTheStory() {
    String teaser = "<article class='post teaser'><h2>You may also like</h2><p>%s</p></article>";
    String other = "A reflection on patience and hope in hard times, and why the waiting is worth it, as the"
        + " proverb says, for those who keep faith and walk on with courage, every day of their lives.";
    Extracted x = extract(NAV + "<div class='content'><article class='post main'><p>" + LEAD + "</p><p>" + SECOND
        + "</p><p>" + SECOND.replace("Bamako", "Gao") + "</p></article><div class='related-list'>"
        + String.format(teaser, other) + String.format(teaser, other.replace("hope", "love")) + "</div></div>");
    assertTrue(x.paragraphs().contains(LEAD), x.paragraphs().toString());
    assertTrue(x.paragraphs().stream().noneMatch(p -> p.contains("reflection")), x.paragraphs().toString());
  }

  @Test
  void aShortBreakingNewsPageYieldsItsArticle() {
    StringBuilder aside = new StringBuilder("<div class='most-read'><ol>");
    for (int i = 0; i < 8; i++) {
      aside.append("<li><a href='/s").append(i).append("'>Most read story number ").append(i).append("</a></li>");
    }
    aside.append("</ol></div>");
    Extracted x = extract(NAV + "<main><h1>Breaking: attack near Kidal</h1><div class='story'><p>" + LEAD
        + "</p></div>" + aside + "</main><footer>© Example News</footer>");
    assertEquals(List.of(LEAD), x.paragraphs());
  }

  @Test
  void withoutMarkupTheBodyFallsBackToJsonLdThenToTheDescriptionAndSaysWhich() {
    String jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + LEAD
        + "\\n" + SECOND + "\"}</script>";
    String description = "<meta property='og:description' content='" + LEAD + "'>";
    String scriptRendered = "<div id='app'></div><script>render()</script>";

    Extracted fromJsonLd = extract(scriptRendered, jsonLd + description);
    assertEquals(List.of(LEAD, SECOND), fromJsonLd.paragraphs());
    assertEquals(BodySource.JSON_LD, fromJsonLd.bodySource());

    Extracted fromDescription = extract(scriptRendered, description);
    assertEquals(List.of(LEAD), fromDescription.paragraphs());
    assertEquals(BodySource.DESCRIPTION, fromDescription.bodySource());

    Extracted nothing = extract(scriptRendered, "");
    assertTrue(nothing.paragraphs().isEmpty());
  }

  @Test
  void whenTheFurnitureFiltersEmptyTheChosenContainerItsTextIsKept() {
    // every line of the container looks like furniture (short, "Read more"), yet it is all the page has
    Extracted x = extract("<div class='content'><p>Read more: gunmen attacked a checkpoint near Kidal on Monday.</p>"
        + "</div>");
    assertFalse(x.paragraphs().isEmpty());
    assertEquals(BodySource.BEST_CANDIDATE, x.bodySource());
  }
}
