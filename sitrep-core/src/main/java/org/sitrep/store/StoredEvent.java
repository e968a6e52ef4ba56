package org.sitrep.store;

import org.sitrep.domain.Event;

/** An event as listed from the store, with the report it came from. */
public record StoredEvent(Event event, String source, String articleLocation, String articleTitle) {
}
