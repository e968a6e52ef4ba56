package org.sitrep.classify;

/** Turns a sentence into a fixed-length vector whose distances follow meaning. */
public interface SentenceEncoder {
  float[] encode(String text);
}
