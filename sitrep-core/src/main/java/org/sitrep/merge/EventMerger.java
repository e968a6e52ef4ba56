package org.sitrep.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.domain.Event;

/**
 * Joins each new event to an earlier one it reports again, as the store does on save, in memory: for
 * merging a partition's or a whole archive's events (Spark) without a database. The candidates are the
 * earlier primary events of the same country and ACLED type within {@link #CANDIDATE_DAYS} days, tried
 * in date and id order; the first that {@link EventMatcher#sameEvent} accepts wins. Fed the events in
 * the order an ingest stores them, it joins them exactly as the store would.
 */
public final class EventMerger {
  /** How far apart two reports' dates may be for one to be a candidate of the other. */
  public static final int CANDIDATE_DAYS = 40;

  private static final Comparator<Event> CANDIDATE_ORDER =
      Comparator.comparing((Event e) -> e.date().date()).thenComparing(Event::id);

  /**
   * Where one event went.
   *
   * @param event   the event as coded from its report
   * @param eventId the event it is a report of: its own id when it is the first report
   * @param agreed  why it was joined, or "first report"
   */
  public record Merged(Event event, String eventId, String agreed) {
    public boolean isFirstReport() {
      return eventId.equals(event.id());
    }
  }

  private final Map<String, List<Event>> primaryByBlock = new HashMap<>();

  /** The block an event's candidates come from: its country and ACLED type. */
  public static String block(Event e) {
    return (e.place() == null ? "" : e.place().country()) + "|" + e.type().acledType();
  }

  public Merged add(Event e) {
    List<Event> primaries = primaryByBlock.computeIfAbsent(block(e), k -> new ArrayList<>());
    List<Event> candidates = new ArrayList<>();
    for (Event known : primaries) {
      long days = Math.abs(known.date().date().toEpochDay() - e.date().date().toEpochDay());
      if (days <= CANDIDATE_DAYS) {
        candidates.add(known);
      }
    }
    candidates.sort(CANDIDATE_ORDER);
    for (Event known : candidates) {
      var same = EventMatcher.sameEvent(known, e);
      if (same.isPresent()) {
        return new Merged(e, known.id(), same.get());
      }
    }
    primaries.add(e);
    return new Merged(e, e.id(), FIRST_REPORT);
  }

  public static final String FIRST_REPORT = "first report";
}
