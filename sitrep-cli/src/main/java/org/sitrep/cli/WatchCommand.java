package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestException;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.FeedWatch;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watch}: poll feeds on a schedule and ingest their new items. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds on a schedule and ingest each new item once: conditional GET (ETag,",
        "Last-Modified), back-off on errors, a delay between requests to one host. Teaser items have their",
        "linked page fetched. State is kept in the database, so a restarted watch goes on where it stopped."})
final class WatchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "FEED", description = "Feed URLs.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds", paramLabel = "FILE", description = "File of feed URLs, one a line (# starts a comment).")
  Path feedFile;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "PT15M",
      description = "Time between polls of a feed, ISO-8601 (default: ${DEFAULT-VALUE}; PT30S is 30 seconds).")
  Duration interval;

  @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "PT1S",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  Duration hostDelay;

  @Option(names = "--max-backoff", paramLabel = "DURATION", defaultValue = "PT6H",
      description = "Longest wait after failed polls (default: ${DEFAULT-VALUE}).")
  Duration maxBackoff;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "0",
      description = "Stop after N passes over the feeds (default: 0, run until stopped).")
  int rounds;

  @Mixin
  ReadDefaults defaults;

  @Mixin
  ThreadsOption threads;

  @Mixin
  DbOption db;

  @Mixin
  KnowledgeOptions knowledge;

  @Override
  public Integer call() throws Exception {
    List<String> urls = new ArrayList<>(feeds);
    if (feedFile != null) {
      urls.addAll(readFeedFile(feedFile));
    }
    if (urls.isEmpty()) {
      System.err.println("error: no feeds: name feed URLs or --feeds FILE");
      return SitrepCommand.USAGE;
    }
    var k = knowledge.load();
    try (EventStore store = EventStore.open(db.resolve())) {
      // each item durable before the next: a restart must not fetch again what was already stored
      IngestJob job = new IngestJob(EventPipeline.assemble(NlpPipeline.shared(), k), store, threads.threads, 1);
      FeedWatch watch = new FeedWatch(job, store.feeds(), new FeedWatch.Settings(interval, hostDelay, maxBackoff));
      var out = System.out;
      watch.run(urls, defaults.options(), new FeedWatch.Listener() {
        @Override
        public void polled(String feed, String status) {
          out.println("polled " + feed + ": " + status);
          out.flush();
        }

        @Override
        public void item(String feed, String location, IngestJob.Outcome outcome, int events) {
          out.println((outcome == IngestJob.Outcome.STORED ? "ingested " : "failed ") + location + " (" + events
              + " events)");
          out.flush();
        }

        @Override
        public void failed(IngestException e) {
          System.err.println("error: " + e.getMessage());
        }
      }, rounds);
    }
    return 0;
  }

  static List<String> readFeedFile(Path file) throws IOException {
    List<String> urls = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String url = line.replaceFirst("#.*", "").strip();
      if (!url.isEmpty()) {
        urls.add(url);
      }
    }
    return urls;
  }
}
