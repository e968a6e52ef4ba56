package org.sitrep.pipeline;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.EventStore;

/**
 * Commits a store's writes in groups (of {@code size} articles, or every {@link #GROUP_MILLIS} ms): a
 * commit per article costs a sync of the log each, a group costs one. Work that must not run ahead of
 * what the store holds (sitrep watch marking a feed item seen, a listener saying "stored") waits in
 * {@link #whenDurable} until its articles are committed.
 */
public final class GroupCommit {
  /** Articles per commit in an ingest: groups of 32 cost one sync per group. */
  public static final int SIZE = 32;
  /** Longest a written article waits for its group's commit. */
  static final long GROUP_MILLIS = 2000;

  private final EventStore store;
  private final int size;
  private final List<Runnable> waiting = new ArrayList<>();
  private boolean open;
  private int uncommitted;
  private long since;

  /** @param size articles per commit (1: every article is durable before the next is stored) */
  public GroupCommit(EventStore store, int size) {
    this.store = store;
    this.size = size;
  }

  /** Opens a group before the first write after a commit. */
  public void beforeWrite() throws SQLException {
    if (!open) {
      store.beginBatch();
      open = true;
      since = System.currentTimeMillis();
    }
  }

  /** Counts a written article and commits when the group is full or old enough. */
  public void wrote() throws SQLException {
    uncommitted++;
    if (uncommitted >= size || System.currentTimeMillis() - since >= GROUP_MILLIS) {
      commit();
    }
  }

  /** Runs {@code r} once everything written so far is committed: now, if nothing is pending. */
  public void whenDurable(Runnable r) {
    if (!open) {
      r.run();
    } else {
      waiting.add(r);
    }
  }

  /** Commits the open group, then runs the waiting work (outside any transaction, so its own writes commit). */
  public void commit() throws SQLException {
    if (open) {
      store.commitBatch();
      open = false;
      uncommitted = 0;
    }
    List<Runnable> now = List.copyOf(waiting);
    waiting.clear();
    now.forEach(Runnable::run);
  }
}
