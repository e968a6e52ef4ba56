package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Article;

class ArticleReaderTest {
  private static final ReadOptions MAY_7 = new ReadOptions(LocalDate.of(2020, 5, 7), "test");
  private final ArticleReader reader = new ArticleReader();

  private Article read(String name, String text) throws IngestException {
    return reader.read(new InputDocument(name, text.getBytes(StandardCharsets.UTF_8)), MAY_7);
  }

  @Test
  void scrapedPageDebrisAndDoubledCaptionsStayOutOfTheBody() throws Exception {
    Article a = read("page.txt", """
        Accessibility links

        Breaking News

        Forces Detain Militant Leader

        FILE - Troops patrol near the river, May 2020.
        FILE - Troops patrol near the river, May 2020.

        Forces detained a militant leader on Wednesday.

        Officials praised the operation.

        XS
        SM
        MD
        LG""");
    assertThat(a.title()).isEqualTo("Forces Detain Militant Leader");
    assertThat(a.body()).isEqualTo("Forces detained a militant leader on Wednesday.\n\nOfficials praised the operation.");
    assertThat(a.captions()).containsExactly("FILE - Troops patrol near the river, May 2020.");
  }

  @Test
  void aPageNestedTenThousandElementsDeepIsReadWithoutOverflowingTheStack() throws Exception {
    String sentence = "Police arrested seven men in Kabul on Monday, the interior ministry said in a statement.";
    Article a = read("deep.html", "<html><body>" + "<div>".repeat(10_000) + "<p>" + sentence + "</p>"
        + "</div>".repeat(10_000) + "</body></html>");
    assertThat(a.body()).isEqualTo(sentence);
  }

  @Test
  void utf16TextWithAByteOrderMarkIsTextNotBinary() throws Exception {
    String report = "Gunmen attacked a checkpoint near Kidal on Monday, killing two soldiers.";
    for (Charset cs : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      InputDocument doc = new InputDocument("report.txt", ("\uFEFF" + report).getBytes(cs), InputDocument.Hints.NONE);
      assertThat(new ArticleReader().read(doc, MAY_7).body()).isEqualTo(report);
    }
  }

  @Test
  void aLongLineOfLettersIsReadInLinearTime() throws Exception {
    assertThat(read("letters.txt", "a".repeat(100_000)).body()).hasSize(100_000);
  }

  @Test
  void htmlGivesTitleDateCaptionsAndParagraphsWithoutNavigation() throws Exception {
    Article a = read("page.html", """
        <!doctype html><html><head><title>Site | Story</title>
        <meta property="og:title" content="Raid in the East">
        <meta property="article:published_time" content="2020-05-06T10:00:00Z"></head>
        <body><nav><p>Home</p><p>World</p></nav>
        <article><h1>Raid in the East</h1><p>Forces raided a village on Tuesday.</p>
        <figure><img src="x.jpg"><figcaption>A convoy near the village.</figcaption></figure>
        <p>Two men were detained.</p></article><footer><p>Copyright</p></footer></body></html>""");
    assertThat(a.title()).isEqualTo("Raid in the East");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 6));
    assertThat(a.body()).isEqualTo("Forces raided a village on Tuesday.\n\nTwo men were detained.");
    assertThat(a.captions()).containsExactly("A convoy near the village.");
  }

  @Test
  void aShortArticleEndsWhereItsArticleElementEndsNotAtTheTeasersAfterIt() throws Exception {
    String story = "Gunmen attacked a checkpoint near Kidal on Monday, killing two soldiers and wounding three, "
        + "the army said in a statement. The attackers fled north on motorbikes, residents told reporters, and "
        + "troops were searching the area. No group has claimed the attack, the third on the road this month, "
        + "and the second since the army reopened the route to Gao in March.";
    String teaser = "<div class=\"teaser\"><h3>Another story</h3><p>%s</p></div>";
    StringBuilder teasers = new StringBuilder();
    for (String t : new String[] {"A long teaser of another story, about the price of bread in the capital, which "
        + "rose again this week, traders said, as the currency fell for a fifth day in a row.",
        "A second teaser, about a football match played on Sunday in the northern city, which the home side won, "
            + "and about the crowd, which was the largest of the season, the club said.",
        "A third teaser, about the weather, which will be hot and dry for the rest of the week across the south, "
            + "with temperatures above forty degrees in several towns, forecasters said."}) {
      teasers.append(teaser.formatted(t));
    }
    Article a = read("page.html", "<!doctype html><html><head><title>Attack</title></head><body><div id=\"main\">"
        + "<article><h1>Attack</h1><p>" + story + "</p></article>" + teasers + "</div></body></html>");
    assertThat(a.body()).isEqualTo(story);
  }

  @Test
  void theSameFileReadTwiceIsTheSameArticleAndACopyElsewhereIsAnother() throws Exception {
    assertThat(read("a.txt", "Forces detained a leader.").id()).isEqualTo(read("a.txt", "Forces  detained a leader.\n").id());
    assertThat(read("a.txt", "Forces detained a leader.").id()).isNotEqualTo(read("b.txt", "Forces detained a leader.").id());
  }

  @Test
  void emptyFileIsRefusedByName() {
    assertThatThrownBy(() -> reader.read(new InputDocument("dir/empty.txt", new byte[0]), MAY_7))
        .isInstanceOf(IngestException.class).hasMessageStartingWith("dir/empty.txt: empty")
        .extracting(e -> ((IngestException) e).problem()).isEqualTo(IngestException.Problem.EMPTY);
  }

  @Test
  void binaryFileIsRefusedByName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> reader.read(new InputDocument("photo.png", png), MAY_7))
        .hasMessageStartingWith("photo.png: binary");
  }

  @Test
  void truncatedHtmlIsRefusedByName() {
    assertThatThrownBy(() -> read("cut.html", "<html><head><title>T</title></head><body><p>Forces raided a vil"))
        .hasMessageStartingWith("cut.html: truncated");
    assertThatThrownBy(() -> read("cut2.html", "<html><body><p>Forces raided a village.</p><di"))
        .hasMessageContaining("inside a tag");
  }

  @Test
  void windows1252TextIsDecoded() throws Exception {
    byte[] bytes = "Forces said “no comment” about the raid.".getBytes(Charset.forName("windows-1252"));
    Article a = reader.read(new InputDocument("old.txt", bytes), MAY_7);
    assertThat(a.body()).isEqualTo("Forces said “no comment” about the raid.");
    String french = "L'armée a été déployée à Gao, où des tirs ont été entendus à l'aube.";
    assertThat(reader.read(new InputDocument("fr.txt", french.getBytes(Charset.forName("windows-1252"))), MAY_7)
        .body()).isEqualTo(french);
  }

  @Test
  void aPageLabelledUtf8ButWrittenInAnotherCodePageIsReadInItsScriptNotGarbled() throws Exception {
    String arabic = "قتل مسلحون جنديين قرب كيدال يوم الاثنين، وفق ما أعلن الجيش في بيان.";
    byte[] page = ("<html><head><meta charset=\"utf-8\"><title>x</title></head><body><p>").getBytes(StandardCharsets.UTF_8);
    byte[] body = arabic.getBytes(Charset.forName("windows-1256"));
    byte[] end = "</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.nio.ByteBuffer.allocate(page.length + body.length + end.length).put(page).put(body).put(end).array();
    assertThat(reader.read(new InputDocument("mislabelled.html", bytes), MAY_7).body()).isEqualTo(arabic);
    String russian = "Боевики атаковали блокпост у города Кидаль в понедельник, сообщила армия.";
    assertThat(reader.read(new InputDocument("ru.txt", russian.getBytes(Charset.forName("windows-1251"))), MAY_7)
        .body()).isEqualTo(russian);
  }

  @Test
  void documentWithoutAnyDateIsRefusedWithAHint() {
    assertThatThrownBy(() -> reader.read(new InputDocument("x.txt", "Forces raided a village.".getBytes(StandardCharsets.UTF_8)),
        ReadOptions.NONE)).hasMessageContaining("--published");
  }

  @Test
  void jsonLdDatesAPageWithoutMetaTags() throws Exception {
    Article a = read("page.html", """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-05"}</script>
        </head><body><p>Forces raided a village.</p></body></html>""");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 5));
  }

  @Test
  void microdataWithSeveralItemPropsDatesThePage() throws Exception {
    Article a = read("page.html", """
        <html><body><meta itemprop="datePublished dateCreated" content="2019-11-19T10:00:00Z">
        <p>Forces raided a village on Tuesday and detained two men.</p></body></html>""");
    assertThat(a.published()).isEqualTo(LocalDate.of(2019, 11, 19));
  }

  @Test
  void urlsAndBylinesDatePagesWithoutMetadata() {
    assertThat(PublicationDates.urlDate("https://www.theguardian.com/world/2019/nov/18/story"))
        .isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(PublicationDates.urlDate("https://example.com/2020/05/07/raid")).isEqualTo(LocalDate.of(2020, 5, 7));
    assertThat(PublicationDates.urlDate("https://www.quantamagazine.org/tuft-cells-20191115/"))
        .isEqualTo(LocalDate.of(2019, 11, 15));
    assertThat(PublicationDates.urlDate("https://example.com/news/raid")).isNull();
    assertThat(PublicationDates.writtenDate("By Jane Doe | Nov. 18, 2019 | 3 min read")).isEqualTo(LocalDate.of(2019, 11, 18));
    assertThat(PublicationDates.writtenDate("Published 7 May 2020")).isEqualTo(LocalDate.of(2020, 5, 7));
  }

  @Test
  void authorsAndLanguageComeFromThePageMetadata() {
    var x = new HtmlArticleExtractor().extract("""
        <html lang="en-GB"><head><meta name="author" content="By Jane Doe">
        <script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"John Roe"},{"name":"Jane Doe"}]}</script>
        </head><body><p>Forces raided a village near the river and detained two men.</p></body></html>""", "");
    assertThat(x.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(x.language()).isEqualTo("en-GB");
  }
}
