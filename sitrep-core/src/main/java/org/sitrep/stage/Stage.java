package org.sitrep.stage;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One step of the pipeline: a pure function from what the previous step produced to what the next one
 * needs. Stages hold their models and data (CoreNLP, gazetteer, lexicon) but no per-document state, so
 * the same instances run in the CLI, the server or a Spark partition, on any thread. Like CoreNLP's
 * annotators, a stage says which {@link Layer}s it requires and provides, and {@link #then} refuses an
 * order that would run a stage before what it reads.
 *
 * @param <I> what the stage consumes
 * @param <O> what it produces
 */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input);

  /** The layers this stage reads, which an earlier stage must provide. */
  default Set<Layer> requires() {
    return Set.of();
  }

  /** The layers this stage adds. */
  default Set<Layer> provides() {
    return Set.of();
  }

  /**
   * This stage followed by {@code next}: the chain reads in the order the data flows. It requires what
   * this stage requires and what {@code next} requires beyond what this one provides, so a chain that
   * starts where its input has nothing yet must require nothing ({@link #requireComplete}).
   */
  default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
    Objects.requireNonNull(next, "next");
    Set<Layer> requires = EnumSet.noneOf(Layer.class);
    requires.addAll(requires());
    next.requires().stream().filter(l -> !provides().contains(l)).forEach(requires::add);
    Set<Layer> provides = EnumSet.noneOf(Layer.class);
    provides.addAll(provides());
    provides.addAll(next.provides());
    Stage<I, O> first = this;
    return declared(input -> next.apply(first.apply(input)), requires, provides);
  }

  /** A stage of a function, with the layers it requires and provides. */
  static <I, O> Stage<I, O> declared(Function<I, O> work, Set<Layer> requires, Set<Layer> provides) {
    Set<Layer> r = Set.copyOf(requires);
    Set<Layer> p = Set.copyOf(provides);
    return new Stage<>() {
      @Override
      public O apply(I input) {
        return work.apply(input);
      }

      @Override
      public Set<Layer> requires() {
        return r;
      }

      @Override
      public Set<Layer> provides() {
        return p;
      }
    };
  }

  /**
   * This chain, if it provides for itself everything its stages read; else an error naming what no
   * earlier stage provides: a place recognizer put before the actor recognizer, whose countries it reads.
   */
  default Stage<I, O> requireComplete() {
    if (!requires().isEmpty()) {
      throw new IllegalStateException("stages in the wrong order: " + requires()
          + " read before any earlier stage provides it");
    }
    return this;
  }
}
