package org.sitrep.pipeline;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.store.EventStore;

/**
 * The syndicated-copy check: a near-identical copy of a stored story (the same wire text on another
 * site) is stored as one more source of that story, not coded again, so one report is not counted as
 * many events.
 */
public enum StoryCopies {
  /** What an ingest does. */
  CHECKED,
  /** For a benchmark that stores the same texts again under fresh ids and must code them every time. */
  IGNORED;

  /**
   * Stores {@code article} as a copy of the stored story it repeats, in the current commit group;
   * false, writing nothing, if it repeats none.
   */
  boolean storedAsCopy(EventStore store, Article article, GroupCommit commits) throws SQLException {
    if (this == IGNORED) {
      return false;
    }
    Optional<String> story = store.storyOf(article.body());
    if (story.isEmpty()) {
      return false;
    }
    commits.beforeWrite();
    store.save(new CodedArticle(article, List.of()), story.get());
    return true;
  }
}
