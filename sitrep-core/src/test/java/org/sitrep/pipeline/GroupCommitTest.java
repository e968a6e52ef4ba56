package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.store.EventStore;

class GroupCommitTest {
  private static CodedArticle article(String id) {
    return new CodedArticle(new Article(id, "test", "mem://" + id, id, LocalDate.of(2020, 5, 7),
        "Text of " + id + " with words of its own: " + id.repeat(20), List.of()), List.of());
  }

  @Test
  void workWaitingForDurabilityRunsOnlyOnceItsGroupIsCommittedAndOtherConnectionsSeeIt(@TempDir Path dir)
      throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("g.duckdb")); EventStore other = store.duplicate()) {
      GroupCommit commits = new GroupCommit(store, 3);
      List<Long> seenByOther = new ArrayList<>();
      for (String id : List.of("a", "b")) {
        commits.beforeWrite();
        store.save(article(id));
        commits.wrote();
      }
      commits.whenDurable(() -> seenByOther.add(countOf(other)));
      assertThat(seenByOther).as("two of a group of three: not committed, nothing run").isEmpty();
      assertThat(countOf(other)).isZero();
      commits.beforeWrite();
      store.save(article("c"));
      commits.wrote(); // the third fills the group
      assertThat(seenByOther).containsExactly(3L);
    }
  }

  @Test
  void withNothingWrittenWaitingWorkRunsAtOnce(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("g.duckdb"))) {
      List<String> ran = new ArrayList<>();
      new GroupCommit(store, 32).whenDurable(() -> ran.add("now"));
      assertThat(ran).containsExactly("now");
    }
  }

  private static long countOf(EventStore store) {
    try {
      return store.countArticles();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
