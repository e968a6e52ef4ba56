package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionBenchmarkTest {
  private static final String BODY = "Gunmen attacked a checkpoint near the town on Monday and killed two soldiers, officials said.";
  private static final List<ExtractionBenchmark.Page> PAGES = List.of(
      new ExtractionBenchmark.Page("a", "https://www.example.org/a", "<html><body><p>" + BODY + "</p></body></html>", BODY),
      new ExtractionBenchmark.Page("b", "https://news.example.com/b", "<html><body><p>Menu</p></body></html>", ""));

  @Test
  void anExtractorThatFailsOnAPageScoresItAsEmptyAndThePageIsListedBelowTheFloor() {
    ExtractionBenchmark.Run run = ExtractionBenchmark.run(PAGES, (doc, html, url) -> {
      throw new IllegalStateException("cannot read " + url);
    });
    assertThat(run.pages()).hasSize(2);
    assertThat(run.pages().get(0).tp()).as("the failed page of an article scores nothing").isZero();
    assertThat(ExtractionBenchmark.below(PAGES, run, 0.5)).extracting(p -> p.page().id()).containsExactly("a");
  }

  @Test
  void aPerfectExtractorScoresOneAndNoPageIsBelowTheFloor() {
    ExtractionBenchmark.Run run = ExtractionBenchmark.run(PAGES, (doc, html, url) -> doc.body().text().equals("Menu") ? "" : BODY);
    assertThat(run.total().f1()).isEqualTo(1.0);
    assertThat(ExtractionBenchmark.below(PAGES, run, 0.5)).isEmpty();
    assertThat(PAGES.get(0).site()).isEqualTo("example.org");
  }
}
