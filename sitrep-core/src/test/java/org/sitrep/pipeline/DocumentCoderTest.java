package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;

class DocumentCoderTest {
  private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2020, 5, 7), "test");

  private static int depth(int n) {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }

  @Test
  void aStackOverflowInTheModelsIsThatDocumentsErrorNamingIt() {
    DocumentCoder coder = new DocumentCoder(a -> {
      depth(Integer.MAX_VALUE);
      return new CodedArticle(a, List.of());
    });
    Article a = new Article("deep", "test", "deep.html", "Deep", LocalDate.of(2020, 5, 7), "Police arrested seven men.",
        List.of());
    DocumentCoder.Coding c = coder.code(a);
    assertThat(c.coded()).isNull();
    assertThat(c.failure().getMessage()).contains("deep.html").contains("coding failed").contains("nested too deeply");
  }

  @Test
  void aCodedArticleComesBackWithNoFailure() {
    DocumentCoder coder = new DocumentCoder(a -> new CodedArticle(a, List.of()));
    Article a = new Article("ok", "test", "ok.txt", "Ok", LocalDate.of(2020, 5, 7), "Police arrested seven men.", List.of());
    assertThat(coder.code(a).failure()).isNull();
    assertThat(coder.code(a).coded().article()).isEqualTo(a);
  }

  @Test
  void anUnreadableDocumentIsAnIngestExceptionNamingIt() {
    DocumentCoder coder = new DocumentCoder(a -> new CodedArticle(a, List.of()));
    InputDocument binary = new InputDocument("image.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
    assertThatThrownBy(() -> coder.read(binary, OPTIONS)).isInstanceOf(IngestException.class).hasMessageContaining("image.bin");
  }
}
