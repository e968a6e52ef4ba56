package org.sitrep.classify;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * all-MiniLM-L6-v2 (quantised), the sentence-embedding model the langchain4j package ships inside its
 * jar, run in-process by ONNX Runtime: nothing is downloaded. One model per JVM; texts already encoded
 * are remembered, since evaluation and training meet the same sentences again.
 */
public final class MiniLmEncoder implements SentenceEncoder {
  private static MiniLmEncoder shared;
  private static final int MEMO_LIMIT = 50_000;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private final Map<String, float[]> memo = new ConcurrentHashMap<>();

  private MiniLmEncoder() {
  }

  public static synchronized MiniLmEncoder shared() {
    if (shared == null) {
      shared = new MiniLmEncoder();
    }
    return shared;
  }

  @Override
  public float[] encode(String text) {
    float[] v = memo.get(text);
    if (v == null) {
      v = model.embed(text).content().vector();
      if (memo.size() < MEMO_LIMIT) {
        memo.put(text, v);
      }
    }
    return v;
  }
}
