package org.sitrep.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordListsTest {
  private static WordLists read(String text) throws Exception {
    return WordLists.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mine.tsv");
  }

  @Test
  void theRulesWordListsAreDataTheBundledFileHolds() {
    assertThat(WordLists.bundled().words("Modality.NEGATORS")).contains("not", "never");
    assertThat(WordLists.bundled().words("Clauses.REPORTING")).contains("say");
  }

  @Test
  void aListIsReadInFileOrderAndCommentsAreSkipped() throws Exception {
    WordLists w = read("# c\nA.X\tone\n\nA.X\ttwo\nB.Y\tthree\n");
    assertThat(w.words("A.X")).containsExactly("one", "two");
    assertThat(w.words("B.Y")).containsExactly("three");
  }

  @Test
  void aMalformedLineOrARepeatedWordIsAnErrorNamingFileAndLine() {
    assertThatThrownBy(() -> read("A.X\tone\nA.X one\n")).hasMessageStartingWith("mine.tsv:2:");
    assertThatThrownBy(() -> read("A.X\tone\n# c\nA.X\tone\n")).hasMessageStartingWith("mine.tsv:3:")
        .hasMessageContaining("already");
    assertThatThrownBy(() -> read("A.X\t one\n")).hasMessageStartingWith("mine.tsv:1:");
  }

  @Test
  void aListTheFileDoesNotHoldIsNamedInTheError() throws Exception {
    assertThatThrownBy(() -> read("A.X\tone\n").words("A.Z")).hasMessageContaining("A.Z");
  }

  @Test
  void aUsersFileAddsWordsToTheBundledLists() throws Exception {
    WordLists merged = read("A.X\tone\nB.Y\tthree\n").with(read("A.X\ttwo\nA.X\tone\n"), "mine.tsv");
    assertThat(merged.words("A.X")).containsExactly("one", "two");
    assertThat(merged.words("B.Y")).containsExactly("three");
  }

  @Test
  void aUsersListTheBundledFileDoesNotHoldIsAnErrorNamingFileAndLine() {
    assertThatThrownBy(() -> read("A.X\tone\n").with(read("# mine\nA.Z\tx\n"), "mine.tsv"))
        .hasMessageStartingWith("mine.tsv:2: no list 'A.Z'");
  }
}
