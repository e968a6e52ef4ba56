package org.sitrep.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {
  /** Three vectors that share one direction (the first dimension), as a model's embeddings do. */
  private static final List<float[]> SHARED_DIRECTION = List.of(new float[] {0.9f, 0.1f, 0f, 0f},
      new float[] {0.9f, 0f, 0.1f, 0f}, new float[] {0.9f, 0f, 0f, 0.1f});

  @Test
  void theDirectionEveryTrainingVectorSharesIsTakenOutAndTheRestKeepsAboutUnitLength() {
    Standardizer s = Standardizer.fit(SHARED_DIRECTION);
    float[] v = s.apply(SHARED_DIRECTION.get(0));
    assertThat(v[0]).isCloseTo(0f, within(1e-3f));
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(Math.sqrt(norm)).isBetween(0.5, 1.5);
    assertThat(v[1]).isGreaterThan(0).isGreaterThan(-v[2]);
  }

  @Test
  void readsBackAsWrittenAndRefusesAVectorOfAnotherLength() throws Exception {
    Standardizer s = Standardizer.fit(SHARED_DIRECTION);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    s.write(new DataOutputStream(bytes));
    Standardizer back = Standardizer.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back.apply(SHARED_DIRECTION.get(1))).containsExactly(s.apply(SHARED_DIRECTION.get(1)));
    assertThatThrownBy(() -> s.apply(new float[3])).isInstanceOf(IllegalArgumentException.class);
  }
}
