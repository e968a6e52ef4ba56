package org.sitrep.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.domain.Event;

/**
 * Joins each new event to an earlier one it reports again: the one merge rule, for the store (its
 * candidates from SQL) and for Spark or any run without a database (its candidates in memory). The
 * candidates are the earlier primary events of the same country and ACLED type within
 * {@link #CANDIDATE_DAYS} days, tried in date and id order; the first that
 * {@link EventMatcher#sameEvent} accepts wins. Fed the events in the order an ingest stores them, the
 * in-memory merger joins them exactly as the store does.
 */
public final class EventMerger {
  /** How far apart two reports' dates may be for one to be a candidate of the other. */
  public static final int CANDIDATE_DAYS = 40;

  private static final Comparator<Event> CANDIDATE_ORDER =
      Comparator.comparing((Event e) -> e.date().date()).thenComparing(Event::id);

  /**
   * Where the earlier primary events come from. {@link #candidatesFor} gives those of the event's
   * block within {@link #CANDIDATE_DAYS} days, in date and id order (a source that reads them from
   * storage reports a failure unchecked); {@link #remember} is told of each new primary event (a store
   * that saves it anyway need not keep it).
   */
  public interface CandidateSource {
    List<Event> candidatesFor(Event e);

    void remember(Event primary);
  }

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

  private final CandidateSource source;

  /** Merging in memory: the primary events seen so far, by block. */
  public EventMerger() {
    this(new InMemory());
  }

  public EventMerger(CandidateSource source) {
    this.source = source;
  }

  /** The block an event's candidates come from: its country and ACLED type. */
  public static String block(Event e) {
    return (e.place() == null ? "" : e.place().country()) + "|" + e.type().acledType();
  }

  /** The event joined to the first candidate that reports the same event, or kept as a first report. */
  public Merged add(Event e) {
    for (Event known : source.candidatesFor(e)) {
      var same = EventMatcher.sameEvent(known, e);
      if (same.isPresent()) {
        return new Merged(e, known.id(), same.get());
      }
    }
    source.remember(e);
    return new Merged(e, e.id(), FIRST_REPORT);
  }

  public static final String FIRST_REPORT = "first report";

  /** Candidates held in memory, by block. */
  private static final class InMemory implements CandidateSource {
    private final Map<String, List<Event>> primaryByBlock = new HashMap<>();

    @Override
    public List<Event> candidatesFor(Event e) {
      List<Event> candidates = new ArrayList<>();
      for (Event known : primaryByBlock.getOrDefault(block(e), List.of())) {
        if (Math.abs(known.date().date().toEpochDay() - e.date().date().toEpochDay()) <= CANDIDATE_DAYS) {
          candidates.add(known);
        }
      }
      candidates.sort(CANDIDATE_ORDER);
      return candidates;
    }

    @Override
    public void remember(Event primary) {
      primaryByBlock.computeIfAbsent(block(primary), k -> new ArrayList<>()).add(primary);
    }
  }
}
