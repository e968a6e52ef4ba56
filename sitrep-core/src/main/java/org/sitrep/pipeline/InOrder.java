package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A parallel map that hands results back in submission order, on the submitting thread, with at most
 * {@code maxInFlight} inputs between submission and hand-back. The expensive, pure part of the work
 * (CoreNLP and coding) runs on the worker threads; whatever must stay single-threaded and ordered (the
 * DuckDB writes, the listener's output) runs in the callbacks. Memory stays bounded by the window, so
 * a million-page archive streams through like a ten-page directory.
 *
 * @param <I> input
 * @param <R> result of the work
 */
public final class InOrder<I, R> implements AutoCloseable {
  private final ExecutorService workers;
  private final Function<I, R> work;
  private final int maxInFlight;
  private final Deque<Pending<R>> window = new ArrayDeque<>();

  /** A submitted input waiting for its result and its turn; {@code then} null marks a plain callback. */
  private record Pending<R>(Future<R> result, Consumer<R> then, Runnable marker) {
  }

  public InOrder(int threads, Function<I, R> work) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.work = work;
    // wide enough that one long article at the head does not leave the other workers idle
    this.maxInFlight = Math.max(16, threads * 8);
    AtomicInteger n = new AtomicInteger();
    ThreadFactory named = r -> {
      Thread t = new Thread(r, "sitrep-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.workers = Executors.newFixedThreadPool(threads, named);
  }

  /** Starts the work on {@code input}; {@code then} gets its result after every earlier submission's. */
  public void submit(I input, Consumer<R> then) {
    window.add(new Pending<>(workers.submit(() -> work.apply(input)), then, null));
    while (window.size() > maxInFlight) {
      handBack(window.poll());
    }
    drainDone();
  }

  /** Runs {@code callback} once everything submitted before it has been handed back. */
  public void after(Runnable callback) {
    if (window.isEmpty()) {
      callback.run();
      return;
    }
    window.add(new Pending<>(null, null, callback));
  }

  /** Hands back everything submitted, waiting for the work still running. */
  public void flush() {
    while (!window.isEmpty()) {
      handBack(window.poll());
    }
  }

  private void drainDone() {
    while (!window.isEmpty() && (window.peek().result() == null || window.peek().result().isDone())) {
      handBack(window.poll());
    }
  }

  private void handBack(Pending<R> p) {
    if (p.marker() != null) {
      p.marker().run();
      return;
    }
    R r;
    try {
      r = p.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      // the work function reports its own failures as results; anything else is a programming error
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }
    p.then().accept(r);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
