package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.store.EventStore;

/**
 * The bad-input corpus ({@code ingest/bad-inputs}, one hostile or broken kind per file, and two
 * decompression bombs written here) ingested in one run with five good reports: the run is never
 * aborted, no document gets more than one error, and every good report's events are stored.
 */
class BadInputCorpusTest {
  private static final Map<String, String> GOOD = Map.of(
      "good-1.txt", """
          Militants Seized in Eastern Syria

          SDF fighters arrested three members of an IS cell in Hajin on May 1, the SDF said.
          """,
      "good-2.txt", """
          Checkpoint Attacked in Northern Mali

          Gunmen attacked an army checkpoint near Kidal on Monday, killing two soldiers, the army said.
          """,
      "good-3.html", """
          <html><head><title>Protest in Lagos</title></head><body><article>
          <p>Police arrested forty protesters in Lagos on Tuesday after a march against fuel prices, witnesses said.</p>
          </article></body></html>
          """,
      "good-4.jsonl", """
          {"url": "https://example.org/kunduz", "text": "A roadside bomb killed three policemen in Kunduz on Sunday, officials said."}
          """,
      "good-5.txt", """
          Air Strike in Idlib

          Warplanes struck the town of Maarat al-Numan in Idlib on Wednesday, killing six civilians, rescuers said.
          """);
  private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2020, 5, 7), "test");

  @Test
  void oneRunOverTheCorpusAndFiveGoodReportsStoresTheReportsAndIsNeverAborted(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    int corpus = copyCorpus(in);
    assertThat(corpus).isGreaterThanOrEqualTo(31);
    writeBombs(in);
    for (var good : GOOD.entrySet()) {
      Files.writeString(in.resolve(good.getKey()), good.getValue());
    }

    List<IngestException> errors = new ArrayList<>();
    Map<String, Integer> eventsByStored = new HashMap<>();
    IngestJob.Summary summary;
    try (EventStore store = EventStore.open(dir.resolve("db.duckdb"))) {
      IngestJob job = new IngestJob(PipelineFixture.pipeline(), store);
      summary = job.run(DocumentSource.expand(List.of(in.toString()), System.in), OPTIONS, new IngestJob.Listener() {
        public void failed(IngestException e) {
          errors.add(e);
        }

        public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
          if (outcome == IngestJob.Outcome.STORED) {
            eventsByStored.put(location, events);
          }
        }
      });
      // 0 lost records: what the run says it stored is what the store holds
      assertThat(store.countEvents()).isEqualTo(eventsByStored.values().stream().mapToInt(Integer::intValue).sum());
    }
    for (String good : GOOD.keySet()) {
      assertThat(eventsByStored.entrySet()).as(good)
          .anyMatch(e -> e.getKey().contains(good) && e.getValue() >= 1);
    }
    assertThat(summary.failed()).isEqualTo(errors.size());
    // one error per document at most, each naming its input
    assertThat(errors).extracting(IngestException::location).doesNotHaveDuplicates();
    assertThat(errors).allMatch(e -> e.getMessage().startsWith(in.toString()), "errors name their input");
    assertThat(errors).extracting(IngestException::location)
        .anyMatch(l -> l.contains("bomb.jsonl.gz")).anyMatch(l -> l.contains("bomb.warc.gz"))
        .anyMatch(l -> l.contains("deep.jsonl")).anyMatch(l -> l.contains("program.bin"));
  }

  private static int copyCorpus(Path to) throws Exception {
    Path from = corpusDirectory();
    int n = 0;
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("README.md")) {
          Files.copy(f, to.resolve(f.getFileName()));
          n++;
        }
      }
    }
    return n;
  }

  private static Path corpusDirectory() throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/org/sitrep/ingest/bad-inputs/README.md").toURI()).getParent();
  }

  /** 64 MB of one JSON line and of one WARC record, a few hundred KB once compressed. */
  private static void writeBombs(Path dir) throws Exception {
    byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.jsonl.gz")))) {
      out.write("{\"text\": \"".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 64; i++) {
        out.write(block);
      }
      out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.warc.gz")))) {
      out.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/bomb\r\n"
          + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (64L << 20) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 64; i++) {
        out.write(block);
      }
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }
}
