package org.sitrep.stage;

import java.util.Objects;

/**
 * One step of the pipeline: a pure function from what the previous step produced to what the next one
 * needs. Stages hold their models and data (CoreNLP, gazetteer, lexicon) but no per-document state, so
 * the same instances run in the CLI, the server or a Spark partition, on any thread.
 *
 * @param <I> what the stage consumes
 * @param <O> what it produces
 */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input);

  /** This stage followed by {@code next}: the chain reads in the order the data flows. */
  default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
    Objects.requireNonNull(next, "next");
    return input -> next.apply(apply(input));
  }
}
