package org.sitrep.store;

import java.util.List;

/**
 * A page of events: the filter, the sort column (one of {@link #SORTABLE}, never SQL from the caller)
 * and direction, and the page's bounds.
 */
public record EventQuery(EventFilter filter, String sort, boolean descending, int limit, int offset) {
  public static final List<String> SORTABLE = List.of("event_date", "fatalities", "country", "admin1", "location",
      "event_type", "sub_event_type", "actor1", "actor2");
  public static final int MAX_LIMIT = 1000;

  public EventQuery {
    if (!SORTABLE.contains(sort)) {
      throw new IllegalArgumentException("sort must be one of " + SORTABLE + ", not '" + sort + "'");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", not " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, not " + offset);
    }
  }

  /** One page of the answer and the number of events matching in all. */
  public record Page(long total, List<StoredEvent> events) {
  }
}
