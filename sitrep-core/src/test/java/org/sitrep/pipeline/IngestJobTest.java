package org.sitrep.pipeline;

import org.sitrep.stage.Stage;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;

/** The whole path, files to DuckDB, with the real CoreNLP and store. */
class IngestJobTest {
  private static final String REPORT = """
      Militants Seized in Eastern Syria

      SDF fighters arrested three members of an IS cell in Hajin on May 1, the SDF said.

      A roadside bomb killed two SDF fighters near Busayrah on Monday.
      """;
  /** Two more reports, each its own story (a copy of one story would be stored as a duplicate, not coded). */
  private static final String OTHER = """
      Checkpoint Attacked in Northern Mali

      Gunmen attacked an army checkpoint near Kidal on Monday, killing two soldiers, the army said.
      """;
  private static final String THIRD = """
      Protest in Lagos

      Police arrested forty protesters in Lagos on Tuesday after a march against fuel prices, witnesses said.
      """;
  private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2020, 5, 7), "test");

  private static IngestJob.Summary ingest(EventStore store, Path dir, List<IngestException> errors) throws Exception {
    IngestJob job = new IngestJob(PipelineFixture.pipeline(), store);
    return job.run(DocumentSource.expand(List.of(dir.toString()), System.in), OPTIONS, new IngestJob.Listener() {
      public void failed(IngestException e) {
        errors.add(e);
      }

      public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
      }
    });
  }

  @Test
  void badFilesAreReportedOnceEachAndTheGoodOneIsStored(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("report.txt"), REPORT);
    Files.write(in.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1, 2, 3});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("cut.html"), "<html><head><title>Raid</title></head><body><p>Forces raided a vil");
    List<IngestException> errors = new ArrayList<>();
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      IngestJob.Summary s = ingest(store, in, errors);
      assertThat(s.read()).isEqualTo(4);
      assertThat(s.stored()).isEqualTo(1);
      assertThat(s.failed()).isEqualTo(3);
      assertThat(errors).extracting(IngestException::problem).containsExactlyInAnyOrder(
          IngestException.Problem.BINARY, IngestException.Problem.EMPTY, IngestException.Problem.TRUNCATED);
      assertThat(errors).allMatch(e -> e.getMessage().startsWith(in.toString()));
      assertThat(store.countEvents()).isEqualTo(2);
    }
  }

  @Test
  void hostilePagesAreOneErrorEachOrReadAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("report.txt"), REPORT);
    // 5,000 nested divs: a recursive walk of the page overflowed the stack and ended the whole run
    Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(5000)
        + "<p>Police arrested seven men in Kabul on Monday, the interior ministry said in a statement.</p>"
        + "</div>".repeat(5000) + "</body></html>");
    Files.writeString(in.resolve("letters.txt"), "a".repeat(1000)); // one long line of letters
    // UTF-16 with a byte-order mark is text, not binary
    Files.write(in.resolve("utf16.txt"), ("\uFEFF" + OTHER).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    List<IngestException> errors = new ArrayList<>();
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      IngestJob.Summary s = ingest(store, in, errors);
      assertThat(s.read()).isEqualTo(4);
      assertThat(errors).extracting(IngestException::problem).doesNotContain(IngestException.Problem.BINARY);
      assertThat(s.stored() + s.failed()).isEqualTo(4);
      assertThat(s.stored()).isGreaterThanOrEqualTo(3); // the report, the UTF-16 report, the deep page
      assertThat(store.countEvents()).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void aDocumentThatOverflowsTheStackFailsAloneAndTheOthersAreStored(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-report.txt"), REPORT);
    Files.writeString(in.resolve("b-hostile.txt"), OTHER);
    Files.writeString(in.resolve("c-report.txt"), THIRD);
    Stage<org.sitrep.domain.Article, org.sitrep.domain.CodedArticle> coder = PipelineFixture.pipeline();
    Stage<org.sitrep.domain.Article, org.sitrep.domain.CodedArticle> failing = a -> {
      if (a.body().contains("Kidal")) {
        throw new StackOverflowError(); // what a pathological input does to a recursive parser
      }
      return coder.apply(a);
    };
    List<IngestException> errors = new ArrayList<>();
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      IngestJob.Summary s = new IngestJob(failing, store).run(DocumentSource.expand(List.of(in.toString()), System.in),
          OPTIONS, new IngestJob.Listener() {
            public void failed(IngestException e) {
              errors.add(e);
            }

            public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
            }
          });
      assertThat(s.stored()).isEqualTo(2);
      assertThat(errors).singleElement().satisfies(e -> {
        assertThat(e.location()).endsWith("b-hostile.txt");
        assertThat(e.getMessage()).contains("nested too deeply");
      });
      assertThat(store.countEvents()).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void ingestingAgainAddsNothing(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("report.txt"), REPORT);
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      ingest(store, in, new ArrayList<>());
      long events = store.countEvents();
      IngestJob.Summary again = ingest(store, in, new ArrayList<>());
      assertThat(again.alreadyStored()).isEqualTo(1);
      assertThat(store.countEvents()).isEqualTo(events);
    }
  }

  @Test
  void tenCopiesOfAWireStoryAreOneStoryWithTenSources(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("sites"));
    String story = org.sitrep.merge.SimHashTest.WIRE;
    for (int i = 1; i <= 10; i++) {
      String body = i % 2 == 0 ? story : story.replace("BEIRUT (AP) —", "BEIRUT —") + " Copyright 2020 The Associated Press.";
      Files.writeString(in.resolve("site" + i + ".html"), """
          <html><head><meta property="og:site_name" content="Site %d"><title>Syrian fighters detain IS cell</title></head>
          <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><p>%s</p></article>
          <footer>Site %d footer</footer></body></html>""".formatted(i, body, i));
    }
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      IngestJob.Summary s = ingest(store, in, new ArrayList<>());
      assertThat(s.stored()).isEqualTo(1);
      assertThat(s.copies()).isEqualTo(9);
      var events = store.events(org.sitrep.store.EventFilter.ALL);
      assertThat(events).isNotEmpty();
      assertThat(store.storyOf(story)).isPresent();
      assertThat(events.get(0).source().split("; ")).hasSize(10).doesNotHaveDuplicates();
      assertThat(store.countEvents()).isEqualTo(events.size());
    }
  }
}
