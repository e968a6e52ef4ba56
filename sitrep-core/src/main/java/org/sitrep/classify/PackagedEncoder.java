package org.sitrep.classify;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A sentence-embedding model that a langchain4j package ships inside its jar, run in-process by ONNX
 * Runtime: nothing is downloaded. One model of each per JVM; texts already encoded are remembered,
 * since evaluation and training meet the same sentences again.
 */
public final class PackagedEncoder implements SentenceEncoder {
  private static final int MEMO_LIMIT = 50_000;
  private static final Map<String, PackagedEncoder> SHARED = new ConcurrentHashMap<>();

  private final String name;
  private final EmbeddingModel model;
  private final Map<String, float[]> memo = new ConcurrentHashMap<>();

  private PackagedEncoder(String name, EmbeddingModel model) {
    this.name = name;
    this.model = model;
  }

  /** all-MiniLM-L6-v2, quantised: 6 layers, trained on sentence pairs for semantic similarity. */
  public static PackagedEncoder miniLm() {
    return shared("all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel::new);
  }

  /** BAAI's bge-small-en-v1.5, quantised: 12 layers, trained for retrieval and classification. */
  public static PackagedEncoder bgeSmall() {
    return shared("bge-small-en-v1.5-q", BgeSmallEnV15QuantizedEmbeddingModel::new);
  }

  private static PackagedEncoder shared(String name, Supplier<EmbeddingModel> model) {
    return SHARED.computeIfAbsent(name, n -> new PackagedEncoder(n, model.get()));
  }

  @Override
  public String name() {
    return name;
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
