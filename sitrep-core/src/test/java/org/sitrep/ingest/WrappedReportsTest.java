package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.text.Dateline;

/**
 * The team's corpus of wire, e-mail and PDF-text reports, each as written and hard-wrapped: both forms
 * read to the same article, and each dateline gives its filing place and date.
 */
class WrappedReportsTest {
  static final Path CORPUS = corpus();

  private static Path corpus() {
    try {
      return Path.of(WrappedReportsTest.class.getResource("wrapped/datelines.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The unwrapped file of each report; its wrapped form sits beside it as NAME.wrapped.txt. */
  static Stream<Path> reports() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".wrapped.txt")).sorted().toList().stream();
    }
  }

  static Path wrappedOf(Path report) {
    return report.resolveSibling(report.getFileName().toString().replace(".txt", ".wrapped.txt"));
  }

  static HtmlArticleExtractor.Extracted extract(Path file) {
    try {
      return new ArticleReader().extract(new InputDocument(file.toString(), Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IngestException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void wrappedAndUnwrappedFormsReadToTheSameArticle(Path report) {
    HtmlArticleExtractor.Extracted plain = extract(report);
    HtmlArticleExtractor.Extracted wrapped = extract(wrappedOf(report));
    assertThat(wrapped.paragraphs()).isEqualTo(plain.paragraphs());
    assertThat(wrapped.title()).isEqualTo(plain.title());
    assertThat(wrapped.published()).isEqualTo(plain.published());
    // hard-wrapped text read line by line would give paragraphs of one line each
    long lines = readLines(wrappedOf(report)).stream().filter(l -> !l.isBlank()).count();
    assertThat(plain.paragraphs().size()).isLessThan((int) lines);
  }

  /** Rows of datelines.tsv: file, place, date (ISO, or --MM-DD with no year, or empty), agency. */
  static Stream<Arguments> datelines() {
    return readLines(CORPUS.resolve("datelines.tsv")).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> Arguments.of((Object[]) l.split("\t", -1)));
  }

  @ParameterizedTest
  @MethodSource("datelines")
  void eachDatelineGivesItsPlaceAgencyAndDate(String name, String place, String date, String agency) throws Exception {
    String[] row = {name, place, date, agency};
    for (Path file : List.of(CORPUS.resolve(row[0]), wrappedOf(CORPUS.resolve(row[0])))) {
      HtmlArticleExtractor.Extracted x = extract(file);
      Dateline d = Dateline.parse(x.paragraphs().get(0));
      assertThat(d).as(file.toString()).isNotNull();
      assertThat(d.place()).isEqualTo(row[1]);
      assertThat(d.agency()).isEqualTo(row[3].isEmpty() ? null : row[3]);
      assertThat(x.title()).doesNotContain(row[1] + ",");
      // read with no --published: the dateline dates it, or (with a month and day only) today's latest such day
      InputDocument doc = new InputDocument(file.toString(), Files.readAllBytes(file));
      if (row[2].length() == 10) {
        assertThat(new ArticleReader().read(doc, ReadOptions.NONE).published()).isEqualTo(LocalDate.parse(row[2]));
      } else if (row[2].startsWith("--")) {
        LocalDate published = new ArticleReader().read(doc, ReadOptions.NONE).published();
        assertThat(published.toString()).endsWith(row[2].substring(1));
        assertThat(published).isBeforeOrEqualTo(LocalDate.now());
        LocalDate withYear = new ArticleReader().read(doc, new ReadOptions(LocalDate.of(2021, 12, 31), null)).published();
        assertThat(withYear.toString()).isEqualTo("2021" + row[2].substring(1));
      }
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
