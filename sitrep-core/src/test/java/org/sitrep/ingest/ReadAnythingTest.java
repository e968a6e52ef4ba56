package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.sitrep.text.Dateline;
import org.sitrep.text.TextParagraphs;

/**
 * Whatever the bytes, a reader gives a document or one error naming the input: it never throws
 * anything else, never hangs (jqwik's tries are bounded by the test's own time), never loses the
 * input's name.
 */
class ReadAnythingTest {
  private static final String[] PIECES = {"<html>", "</html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<article>",
      "<table><tr><td>", "<script>", "<!--", "-->", "<meta charset=\"utf-16\">", "<meta charset=\"x-unknown\">",
      "&amp;", "&#0;", "&#x110000;", "\u0000", "\uFEFF", "\r\n", "\n\n", "    ", "-- ", "(AP) —", "BEIRUT, May 7 (Reuters) - ",
      "Concepcion, 23 Aug 88 (Santiago Domestic Service) -- ", "Subject: ", "Date: ", "XXL", "A+", "a",
      "Gunmen killed two soldiers near Kidal on Monday.", "{\"text\": \"", "\"}", "=HYPERLINK(", "\u202E", "é", "ب"};

  @Provide
  Arbitrary<String> pageLike() {
    return Arbitraries.of(PIECES).list().ofMaxSize(400).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void anyBytesGiveAnArticleOrOneNamedError(@ForAll @Size(max = 3000) byte[] bytes) {
    readsOrFailsCleanly(bytes);
  }

  @Property(tries = 300)
  void anyPageMadeOfHostilePiecesGivesAnArticleOrOneNamedError(@ForAll("pageLike") String page) {
    readsOrFailsCleanly(page.getBytes(StandardCharsets.UTF_8));
    readsOrFailsCleanly(page.getBytes(StandardCharsets.UTF_16LE));
  }

  @Property(tries = 200)
  void anyStreamGivesDocumentsAndErrorsThatNameIt(@ForAll("pageLike") String text) throws Exception {
    for (String name : List.of("in.jsonl", "in.warc", "in.html", "in.txt")) {
      List<InputDocument> docs = new ArrayList<>();
      List<IngestException> errors = new ArrayList<>();
      try {
        DocumentSource.read("/data/" + name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            docs::add, errors::add);
      } catch (IngestException e) {
        errors.add(e);
      }
      assertThat(errors).allSatisfy(e -> assertThat(e.getMessage()).startsWith("/data/" + name));
      docs.forEach(this::readsOrFailsCleanly);
    }
  }

  @Property(tries = 500)
  void paragraphsAndDatelinesOfAnyTextNeverThrow(@ForAll("pageLike") String text,
                                                  @ForAll @StringLength(max = 300) String noise) {
    for (String t : List.of(text, noise, text + noise)) {
      assertThat(TextParagraphs.of(t)).allSatisfy(p -> assertThat(p).isNotNull());
      Dateline.parse(t);
      Dateline.writtenDate(t);
    }
  }

  private void readsOrFailsCleanly(byte[] bytes) {
    readsOrFailsCleanly(new InputDocument("/data/page.html", bytes, InputDocument.Hints.NONE));
  }

  private void readsOrFailsCleanly(InputDocument doc) {
    try {
      assertThat(new ArticleReader().read(doc, new ReadOptions(java.time.LocalDate.of(2020, 5, 7), "test")).body())
          .isNotBlank();
    } catch (IngestException e) {
      assertThat(e.location()).isEqualTo(doc.location());
    }
  }
}
