package org.sitrep.store;

import org.sitrep.domain.Event;

/**
 * An event as listed from the store, with the report it was first coded from.
 *
 * @param source          every source that reported it, "; "-separated
 * @param articleLocation the first report's location
 * @param articleTitle    the first report's title
 * @param reports         articles reporting it: its reports and their syndicated copies
 * @param origin          "sitrep" for events coded here, "acled" for imported ones
 */
public record StoredEvent(Event event, String source, String articleLocation, String articleTitle, long reports,
                          String origin) {
}
