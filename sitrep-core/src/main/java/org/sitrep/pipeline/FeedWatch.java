package org.sitrep.pipeline;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.FeedDocuments;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.WebFetcher;
import org.sitrep.store.FeedLog;

/**
 * Polls RSS/Atom feeds on a schedule and ingests their new items, for a monitoring desk that follows
 * feeds around the clock.
 *
 * <ul>
 *   <li>Conditional GET: the ETag and Last-Modified of a feed's last answer go with the next request, so
 *   an unchanged feed costs a 304 and no parsing.</li>
 *   <li>Back-off: a feed that fails (network, HTTP 429/5xx, unreadable XML) waits interval × 2^failures,
 *   at most {@code maxBackoff}, and at least what its Retry-After asks.</li>
 *   <li>Politeness: requests to one host are at least {@code hostDelay} apart, feeds and pages alike.</li>
 *   <li>Exactly once across restarts: an item is recorded as seen only after its article is stored, and
 *   the feed's validators only after all its new items are; a process killed at any point re-reads the
 *   feed, skips what it recorded, and finds any article stored but not yet recorded by its id.</li>
 * </ul>
 * An item whose feed entry carries only a teaser has its linked page fetched and extracted.
 */
public final class FeedWatch {
  /** Below this many characters an item's own content is taken as a teaser and its page is fetched. */
  static final int TEASER_CHARS = 1500;

  /**
   * @param interval   how often each feed is polled
   * @param hostDelay  least time between two requests to one host
   * @param maxBackoff longest wait after failures
   */
  public record Settings(Duration interval, Duration hostDelay, Duration maxBackoff) {
  }

  /** What the watch tells its caller. */
  public interface Listener {
    void polled(String feed, String status);

    void item(String feed, String location, IngestJob.Outcome outcome, int events);

    void failed(IngestException e);
  }

  private final IngestJob job;
  private final FeedLog log;
  private final Settings settings;
  private final WebFetcher web;

  public FeedWatch(IngestJob job, FeedLog log, Settings settings) {
    this.job = job;
    this.log = log;
    this.settings = settings;
    this.web = new WebFetcher(USER_AGENT, settings.hostDelay());
  }

  /** Polls the feeds until {@code rounds} passes are done (0: forever), sleeping until the next is due. */
  public void run(List<String> feeds, ReadOptions options, Listener listener, int rounds)
      throws SQLException, InterruptedException {
    for (int round = 1; rounds == 0 || round <= rounds; round++) {
      Instant next = Instant.MAX;
      for (String feed : feeds) {
        FeedLog.FeedState state = log.state(feed).orElse(FeedLog.FeedState.fresh(feed));
        if (!state.nextPoll().isAfter(Instant.now())) {
          state = poll(state, options, listener);
        }
        next = next.isBefore(state.nextPoll()) ? next : state.nextPoll();
      }
      if (rounds != 0 && round == rounds) {
        return;
      }
      long wait = Duration.between(Instant.now(), next).toMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
    }
  }

  /** One poll of one feed; returns its new state, already recorded. */
  FeedLog.FeedState poll(FeedLog.FeedState state, ReadOptions options, Listener listener) throws SQLException {
    String feed = state.url();
    WebFetcher.Response response;
    try {
      Map<String, String> conditional = new HashMap<>();
      if (state.etag() != null) {
        conditional.put("If-None-Match", state.etag());
      }
      if (state.lastModified() != null) {
        conditional.put("If-Modified-Since", state.lastModified());
      }
      response = web.get(feed, conditional);
    } catch (IOException e) {
      return failed(state, "fetch failed: " + e, null, listener);
    }
    int code = response.status();
    if (code == 304) {
      return recorded(new FeedLog.FeedState(feed, state.etag(), state.lastModified(), 0,
          Instant.now().plus(settings.interval()), "304 not modified"), listener);
    }
    if (code >= 400) {
      return failed(state, "HTTP " + code, response.headers().firstValue("Retry-After").orElse(null), listener);
    }
    if (response.overLimit()) {
      return failed(state, "feed over the " + DocumentSource.MAX_PAGE_BYTES + "-byte limit", null, listener);
    }
    List<FeedDocuments.FeedItem> items;
    try {
      items = FeedDocuments.items(response.body(), feed);
    } catch (IngestException e) {
      listener.failed(e);
      return failed(state, e.problem().name().toLowerCase(java.util.Locale.ROOT), null, listener);
    }
    List<FeedDocuments.FeedItem> fresh = new ArrayList<>();
    for (FeedDocuments.FeedItem item : items) {
      if (!log.seen(feed, item.key())) {
        fresh.add(item);
      }
    }
    int[] transientFailures = {0};
    ingest(feed, fresh, options, listener, transientFailures);
    // validators are kept only once every new item is in: otherwise a 304 would hide the ones left
    boolean complete = transientFailures[0] == 0;
    return recorded(new FeedLog.FeedState(feed,
        complete ? response.headers().firstValue("ETag").orElse(null) : null,
        complete ? response.headers().firstValue("Last-Modified").orElse(null) : null, 0,
        Instant.now().plus(settings.interval()), code + ", " + fresh.size() + " new of " + items.size()), listener);
  }

  /** Ingests the new items in feed order, recording each as seen once it is stored. */
  private void ingest(String feed, List<FeedDocuments.FeedItem> fresh, ReadOptions options, Listener listener,
                      int[] transientFailures) throws SQLException {
    List<ItemInput> inputs = fresh.stream().map(ItemInput::new).toList();
    SQLException[] storeFailure = {null};
    job.run(List.copyOf(inputs), options, new IngestJob.Listener() {
      @Override
      public void failed(IngestException e) {
        listener.failed(e);
      }

      @Override
      public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
        ItemInput input = inputs.get(index - 1);
        // a page that could not be fetched may come next time; one that is not an article stays one
        if (input.unreachable) {
          transientFailures[0]++;
        } else {
          try {
            log.markSeen(feed, input.item.key());
          } catch (SQLException e) {
            storeFailure[0] = e;
          }
        }
        listener.item(feed, location, outcome, events);
      }
    });
    if (storeFailure[0] != null) {
      throw storeFailure[0];
    }
  }

  /** One feed item as an input: its own content, or its linked page when the content is a teaser. */
  private final class ItemInput implements DocumentSource.Item {
    private final FeedDocuments.FeedItem item;
    private boolean unreachable;

    ItemInput(FeedDocuments.FeedItem item) {
      this.item = item;
    }

    @Override
    public String location() {
      return item.link() != null ? item.link() : item.key();
    }

    @Override
    public void read(Consumer<InputDocument> sink, Consumer<IngestException> errors) throws IngestException {
      InputDocument own = item.document();
      String link = item.link();
      boolean teaser = own == null || own.bytes().length < TEASER_CHARS;
      if (!teaser || link == null || !(link.startsWith("http://") || link.startsWith("https://"))) {
        if (own == null) {
          throw new IngestException(location(), IngestException.Problem.NO_TEXT, "feed item without text or link");
        }
        sink.accept(own);
        return;
      }
      try {
        sink.accept(fetchPage(link, own));
      } catch (IngestException e) {
        unreachable = e.problem() == IngestException.Problem.UNREADABLE;
        throw e;
      }
    }
  }

  /** The linked page of an item, dated by the item when the page does not say. */
  private InputDocument fetchPage(String link, InputDocument own) throws IngestException {
    WebFetcher.Response response;
    try {
      response = web.get(link, Map.of());
    } catch (IOException e) {
      throw new IngestException(link, IngestException.Problem.UNREADABLE, "fetch failed: " + e);
    }
    int code = response.status();
    if (code >= 400) {
      if (code >= 500 || code == 429 || code == 408) {
        throw new IngestException(link, IngestException.Problem.UNREADABLE, "HTTP " + code + "; tried again next poll");
      }
      if (own == null) {
        throw new IngestException(link, IngestException.Problem.NO_TEXT, "HTTP " + code + " and no text in the feed item");
      }
      return own; // the page is gone: the feed's own words are what is left of the story
    }
    if (response.overLimit()) {
      throw new IngestException(link, IngestException.Problem.TOO_LARGE, "over the page size limit");
    }
    String type = response.contentType();
    InputDocument.Hints ownHints = own == null ? InputDocument.Hints.NONE : own.hints();
    return new InputDocument(link, response.body(), new InputDocument.Hints(link, response.charset(),
        ownHints.published(), ownHints.source(), type.startsWith("text/plain")));
  }

  private static final String USER_AGENT = "Sitrep/0.1 (conflict-event monitor; sitrep watch)";

  private FeedLog.FeedState failed(FeedLog.FeedState state, String why, String retryAfter, Listener listener)
      throws SQLException {
    int failures = state.failures() + 1;
    long factor = 1L << Math.min(failures, 20);
    Duration wait = settings.interval().multipliedBy(factor);
    if (wait.compareTo(settings.maxBackoff()) > 0) {
      wait = settings.maxBackoff();
    }
    Duration asked = retryAfterSeconds(retryAfter);
    if (asked.compareTo(wait) > 0) {
      wait = asked;
    }
    return recorded(new FeedLog.FeedState(state.url(), state.etag(), state.lastModified(), failures,
        Instant.now().plus(wait), "error: " + why + "; retry in " + wait.toSeconds() + " s"), listener);
  }

  /** Retry-After in seconds (the HTTP-date form is rare for feeds and read as no request). */
  static Duration retryAfterSeconds(String header) {
    if (header == null || !header.strip().matches("\\d{1,9}")) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds(Long.parseLong(header.strip()));
  }

  private FeedLog.FeedState recorded(FeedLog.FeedState state, Listener listener) throws SQLException {
    log.save(state);
    listener.polled(state.url(), state.lastStatus());
    return state;
  }
}
