package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonLinesDocumentsTest {
  @Test
  void aLineOverTheLimitIsSkippedWithoutBeingHeldAndTheNextLineIsRead() throws Exception {
    JsonLinesDocuments.BoundedLine line = new JsonLinesDocuments.BoundedLine(10);
    StringReader in = new StringReader("short\r\n" + "x".repeat(1000) + "\nnext\n\nlast");
    assertThat(line.next(in)).isTrue();
    assertThat(line.text()).isEqualTo("short");
    assertThat(line.next(in)).isTrue();
    assertThat(line.overLimit()).isTrue();
    assertThat(line.text()).hasSize(10);
    assertThat(line.next(in)).isTrue();
    assertThat(line.overLimit()).isFalse();
    assertThat(line.text()).isEqualTo("next");
    assertThat(line.next(in)).isTrue();
    assertThat(line.text()).isEmpty();
    assertThat(line.next(in)).isTrue();
    assertThat(line.text()).isEqualTo("last");
    assertThat(line.next(in)).isFalse();
  }
}
