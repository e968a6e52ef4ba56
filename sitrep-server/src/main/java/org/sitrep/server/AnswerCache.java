package org.sitrep.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Answers from a cache of recent answers while the data has not changed: the dashboard asks the same
 * questions again and again, and every write through the store (an ingest) changes its version, which
 * empties the cache's use. Concurrent askers of one question at one version share one computation
 * rather than repeat it. The caller is told how its answer came: "hit", "shared" or "miss".
 */
final class AnswerCache {
  private static final int ENTRIES = 512;

  /** A computed answer: its media type and bytes. */
  record Answer(String contentType, byte[] body) {
  }

  private record Versioned(Answer answer, long version) {
  }

  private final Map<String, Versioned> cache = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Versioned> eldest) {
          return size() > ENTRIES;
        }
      });
  private final ConcurrentHashMap<String, CompletableFuture<Answer>> inflight = new ConcurrentHashMap<>();

  /**
   * The answer to a question at a version of the data, computed at most once.
   *
   * @param version the store's version read before computing: a write during the computation makes
   *                the next asker compute again
   * @param how     told "hit", "shared" or "miss"
   */
  Answer get(String question, long version, Callable<Answer> compute, Consumer<String> how) throws Exception {
    Versioned cached = cache.get(question);
    if (cached != null && cached.version() == version) {
      how.accept("hit");
      return cached.answer();
    }
    String flight = question + "@" + version;
    CompletableFuture<Answer> mine = new CompletableFuture<>();
    CompletableFuture<Answer> running = inflight.putIfAbsent(flight, mine);
    if (running != null) {
      try {
        Answer shared = running.join();
        how.accept("shared");
        return shared;
      } catch (CompletionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }
    try {
      Answer a = compute.call();
      cache.put(question, new Versioned(a, version));
      mine.complete(a);
      how.accept("miss");
      return a;
    } catch (Exception e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inflight.remove(flight);
    }
  }
}
