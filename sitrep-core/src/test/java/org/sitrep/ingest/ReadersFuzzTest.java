package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.text.Dateline;
import org.sitrep.text.TextParagraphs;

/**
 * Fuzz targets for every reader, as the parsers Sitrep trusts are fuzzed. In {@code mvn test} each runs
 * its seed corpus ({@code ReadersFuzzTestInputs/<method>/}: the bad-input kinds and the team's reports);
 * {@code .ci/fuzz} fuzzes each for a bounded time ({@code JAZZER_FUZZ=1}), and a crash it finds is saved
 * beside the seeds and fails CI. The contract is the one every reader keeps: a document or one error
 * naming the input, never any other exception.
 */
class ReadersFuzzTest {
  private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2020, 5, 7), "fuzz");

  @FuzzTest(maxDuration = "60s")
  void aPageIsAnArticleOrOneErrorNamingIt(byte[] bytes) {
    read(new InputDocument("/fuzz/page.html", bytes, InputDocument.Hints.NONE));
  }

  @FuzzTest(maxDuration = "60s")
  void plainTextIsAnArticleOrOneErrorNamingIt(byte[] bytes) {
    read(new InputDocument("/fuzz/report.txt", bytes, InputDocument.Hints.NONE));
  }

  @FuzzTest(maxDuration = "60s")
  void archivesAndFeedsGiveDocumentsAndErrorsNamingThem(byte[] bytes) {
    for (String name : List.of("/fuzz/crawl.warc", "/fuzz/lines.jsonl", "/fuzz/feed.rss")) {
      List<InputDocument> docs = new ArrayList<>();
      List<IngestException> errors = new ArrayList<>();
      try {
        DocumentSource.read(name, new ByteArrayInputStream(bytes), docs::add, errors::add);
      } catch (IngestException e) {
        errors.add(e);
      }
      for (IngestException e : errors) {
        assertThat(e.getMessage()).startsWith(name);
      }
      docs.forEach(ReadersFuzzTest::read);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void datesDatelinesAndParagraphsOfAnyTextNeverThrow(byte[] bytes) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    Dateline.parse(text);
    Dateline.writtenDate(text);
    Dateline.dateOpening(List.of(text), LocalDate.of(2020, 5, 7));
    PublicationDates.urlDate(text);
    PublicationDates.writtenDate(text);
    assertThat(TextParagraphs.of(text)).doesNotContainNull();
    assertThat(ScrapedTextCleaner.clean(text).paragraphs()).doesNotContainNull();
  }

  private static void read(InputDocument doc) {
    try {
      assertThat(new ArticleReader().read(doc, OPTIONS).body()).isNotBlank();
    } catch (IngestException e) {
      assertThat(e.location()).isEqualTo(doc.location());
    }
  }
}
