package org.sitrep.stage;

/**
 * What a stage adds to a document for the stages after it, as CoreNLP's annotators name theirs: a stage
 * declares the layers it requires and provides, and a chain that asks for a layer no earlier stage
 * provides is refused when it is assembled, not silently wrong when it runs.
 */
public enum Layer {
  /** CoreNLP's tokens, sentences, lemmas, entities, dates and dependency parses. */
  NLP,
  /** Actor mentions, with their countries. */
  ACTORS,
  /** Place mentions resolved in the gazetteer. */
  PLACES,
  /** Coded events. */
  EVENTS
}
