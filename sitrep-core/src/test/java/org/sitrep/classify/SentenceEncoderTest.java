package org.sitrep.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
  @Test
  void joinedEncodersGiveTheirVectorsSideBySideUnderBothNames() {
    SentenceEncoder a = named("a", new float[] {1, 2});
    SentenceEncoder b = named("b", new float[] {3});
    SentenceEncoder both = SentenceEncoder.joined(List.of(a, b));
    assertThat(both.encode("text")).containsExactly(1, 2, 3);
    assertThat(both.name()).isEqualTo("a+b");
  }

  private static SentenceEncoder named(String name, float[] vector) {
    return new SentenceEncoder() {
      @Override
      public float[] encode(String text) {
        return vector;
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
