package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.Article;
import org.sitrep.domain.Event;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;

/**
 * Reports as they arrive, through the real pipeline: hard-wrapped wire copy codes as its unwrapped
 * form does, and a one-sentence brief is an article.
 */
class ReportsAsTheyComeTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/sitrep/ingest/wrapped");
  private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2021, 6, 1), "test");
  private static final String BRIEF = "Two soldiers were killed when gunmen attacked a checkpoint near Kidal on Monday.";

  /** What an analyst sees of an event: everything but ids and offsets, which follow the file's name. */
  private static List<String> coded(Path file) throws Exception {
    Article a = new ArticleReader().read(new InputDocument(file.getFileName().toString(), Files.readAllBytes(file)), OPTIONS);
    List<String> out = new ArrayList<>();
    for (Event e : PipelineFixture.pipeline().apply(a).events()) {
      out.add(String.join(" | ", e.type().acledSubType(), String.valueOf(e.date()), String.valueOf(e.actor1()),
          String.valueOf(e.actor2()), String.valueOf(e.place()), String.valueOf(e.fatalities()), e.evidence().sentence()));
    }
    return out;
  }

  @Test
  void hardWrappedReportsCodeTheEventsOfTheirUnwrappedForm() throws Exception {
    List<Path> reports;
    try (Stream<Path> files = Files.list(CORPUS)) {
      reports = files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".wrapped.txt")).sorted().toList();
    }
    assertThat(reports).hasSizeGreaterThanOrEqualTo(20);
    int withEvents = 0;
    for (Path report : reports) {
      List<String> plain = coded(report);
      List<String> wrapped = coded(report.resolveSibling(report.getFileName().toString().replace(".txt", ".wrapped.txt")));
      assertThat(wrapped).as(report.getFileName().toString()).isEqualTo(plain);
      withEvents += plain.isEmpty() ? 0 : 1;
    }
    // every report of the corpus reports political violence; most must be coded for the comparison to mean anything
    assertThat(withEvents).isGreaterThanOrEqualTo(reports.size() * 3 / 4);
  }

  @Test
  void aOneSentenceBriefIsStoredAndCodedAsATextFileAndAsAJsonLine(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("brief.txt"), BRIEF);
    Files.writeString(in.resolve("briefs.jsonl"), "{\"url\": \"https://example.org/brief\", \"text\": \"" + BRIEF + "\"}\n");
    List<IngestException> errors = new ArrayList<>();
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      IngestJob.Summary s = new IngestJob(PipelineFixture.pipeline(), store).run(
          DocumentSource.expand(List.of(in.toString()), System.in), OPTIONS, new IngestJob.Listener() {
            public void failed(IngestException e) {
              errors.add(e);
            }

            public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
            }
          });
      assertThat(errors).isEmpty();
      assertThat(s.stored() + s.copies()).isEqualTo(2);
      assertThat(store.countEvents()).isGreaterThanOrEqualTo(1);
    }
    Article brief = new ArticleReader().read(new InputDocument("brief.txt", BRIEF.getBytes()), OPTIONS);
    assertThat(brief.body()).isEqualTo(BRIEF);
    List<Event> events = PipelineFixture.pipeline().apply(brief).events();
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).fatalities()).isEqualTo(2);
  }
}
