package org.sitrep.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a question's computation with a deadline. Past it the caller gets {@link Passed} (a 503) and the
 * computation's thread is interrupted: the analyses' loops check ({@code analysis.Cancellation}) and
 * stop, and the store's statements have the same timeout, so the cores return to other questions
 * instead of finishing an answer no one will read. A fixed set of workers, each with its own read
 * connection, bounds how many questions are computed at once; time waiting for one counts.
 */
final class Deadline implements AutoCloseable {
  private final ExecutorService workers;
  private final Duration limit;

  Deadline(Duration limit, int workers) {
    this.limit = limit;
    this.workers = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "sitrep-answer");
      t.setDaemon(true);
      return t;
    });
  }

  Duration limit() {
    return limit;
  }

  <T> T run(Callable<T> work) throws Exception {
    long start = System.nanoTime();
    Future<T> future = workers.submit(work);
    try {
      T answer = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      // get() may return an answer that became ready just as the limit passed (always so with a
      // zero limit); an answer later than the limit is past it however the wait ended.
      if (System.nanoTime() - start >= limit.toNanos()) {
        throw new Passed(limit);
      }
      return answer;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Passed(limit);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** The deadline passed before the answer was ready. */
  static final class Passed extends RuntimeException {
    Passed(Duration limit) {
      super("the question ran past " + limit.toSeconds() + " s and was stopped: narrow the filters or the dates");
    }
  }
}
