package org.sitrep.classify;

import java.util.List;

/** Turns a sentence into a fixed-length vector whose distances follow meaning. */
public interface SentenceEncoder {
  float[] encode(String text);

  /** What a model trained on these vectors depends on: the model's name and version. */
  String name();

  /**
   * The vectors of several encoders side by side: models trained for different ends (similarity,
   * retrieval) read different things in a sentence, and a classifier can use both.
   */
  static SentenceEncoder joined(List<SentenceEncoder> encoders) {
    List<SentenceEncoder> parts = List.copyOf(encoders);
    return new SentenceEncoder() {
      @Override
      public float[] encode(String text) {
        float[][] vectors = new float[parts.size()][];
        int length = 0;
        for (int i = 0; i < vectors.length; i++) {
          vectors[i] = parts.get(i).encode(text);
          length += vectors[i].length;
        }
        float[] out = new float[length];
        int at = 0;
        for (float[] v : vectors) {
          System.arraycopy(v, 0, out, at, v.length);
          at += v.length;
        }
        return out;
      }

      @Override
      public String name() {
        return String.join("+", parts.stream().map(SentenceEncoder::name).toList());
      }
    };
  }
}
