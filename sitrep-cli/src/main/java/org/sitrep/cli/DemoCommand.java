package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.EventWriters;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;

/** {@code sitrep demo}: the whole pipeline on the bundled example, into a throw-away database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled example report into a temporary database and list its events.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("sitrep-demo");
    try {
      Path report = BundledExample.writeTo(dir);
      System.out.println("Sitrep demo: coding " + report.getFileName() + " (published " + BundledExample.PUBLISHED
          + ") with CoreNLP, the GeoNames gazetteer and DuckDB...");
      Knowledge k = Knowledge.load(Knowledge.UserFiles.NONE);
      try (EventStore store = EventStore.open(dir.resolve("demo.duckdb"))) {
        IngestJob job = new IngestJob(EventPipeline.assemble(NlpPipeline.shared(), k), store);
        IngestJob.Summary s = job.run(DocumentSource.expand(List.of(report.toString()), System.in),
            new ReadOptions(BundledExample.PUBLISHED, BundledExample.SOURCE), new IngestJob.Listener() {
              public void failed(IngestException e) {
                System.err.println("error: " + e.getMessage());
              }

              public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
              }
            });
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        EventWriters.table(store.events(EventFilter.ALL), out);
        out.println();
        out.println("Each event keeps its sentence: try 'bin/sitrep ingest FILE --published YYYY-MM-DD' and "
            + "'bin/sitrep events --format csv'.");
        out.flush();
        return s.failed() == 0 && s.events() > 0 ? 0 : 1;
      }
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
