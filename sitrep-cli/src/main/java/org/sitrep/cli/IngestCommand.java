package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.IngestException;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: read reports, code their events, store both. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read news reports (HTML or text pages, also .gz; WARC archives; RSS/Atom feeds; JSON lines;",
        "directories of them; or - for standard input),",
        "code their events and store them. Bad inputs are reported and skipped; the run goes on.",
        "Exit code 2 means some inputs failed and the rest were stored."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
  List<String> inputs;

  @Mixin
  ReadDefaults defaults;

  @Mixin
  ThreadsOption threads;

  @Option(names = "--no-filter", description = "Annotate every paragraph, not only those that can hold an event.")
  boolean noFilter;

  @Mixin
  DbOption db;

  @Mixin
  KnowledgeOptions knowledge;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = System.out;
    var err = System.err;
    List<DocumentSource.Item> items = DocumentSource.expand(inputs, System.in);
    Knowledge k = knowledge.load();
    NlpPipeline nlp = NlpPipeline.shared();
    try (EventStore store = EventStore.open(db.resolve())) {
      Progress progress = new Progress(err, "docs");
      IngestJob job = new IngestJob(EventPipeline.assemble(nlp, k, !noFilter), store, threads.threads);
      IngestJob.Summary s = job.run(items, defaults.options(), new IngestJob.Listener() {
        @Override
        public void failed(IngestException e) {
          progress.interrupt();
          err.println("error: " + e.getMessage());
        }

        @Override
        public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
          progress.update(index, total, location);
        }

        @Override
        public void document(int index, int total, int documents) {
          progress.documents(index, total, documents);
        }
      });
      String errors = s.errors().entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase().replace('_', ' '))
          .collect(Collectors.joining(", "));
      out.printf("read %d, stored %d articles with %d events, %d copies of stored stories, %d already stored, %d failed%s;"
              + " database %s (%d events)%n",
          s.read(), s.stored(), s.events(), s.copies(), s.alreadyStored(), s.failed(),
          errors.isEmpty() ? "" : " (" + errors + ")",
          store.file(), store.countEvents());
      if (s.failed() == 0) {
        return 0;
      }
      return s.stored() + s.copies() + s.alreadyStored() == 0 ? 1 : SitrepCommand.PARTIAL;
    }
  }
}
