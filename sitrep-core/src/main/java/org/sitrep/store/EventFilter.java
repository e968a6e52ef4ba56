package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which events to list. Every field is optional (null = no restriction).
 *
 * @param from      first event date, inclusive
 * @param to        last event date, inclusive
 * @param country   ISO alpha-2 code
 * @param admin1    admin1 name, case-insensitive
 * @param actor     actor name, either side, case-insensitive substring
 * @param eventType lexicon key, ACLED event type or ACLED sub-event type, case-insensitive
 * @param origin    where the events come from: "sitrep" (coded here from news), "acled", "gdelt"
 * @param text      words in the sentence, place or an actor, any case
 */
public record EventFilter(LocalDate from, LocalDate to, String country, String admin1, String actor, String eventType,
                          String origin, String text) {
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);

  /** Events of any origin, with no condition on their words. */
  public EventFilter(LocalDate from, LocalDate to, String country, String admin1, String actor, String eventType) {
    this(from, to, country, admin1, actor, eventType, null, null);
  }

  /** The same conditions over another date range. */
  public EventFilter between(LocalDate first, LocalDate last) {
    return new EventFilter(first, last, country, admin1, actor, eventType, origin, text);
  }
}
