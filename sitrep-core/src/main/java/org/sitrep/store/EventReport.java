package org.sitrep.store;

import java.time.LocalDate;

/**
 * One report of a stored event: the article it came from, why it was joined to the event ("first
 * report", or the fields that agreed), and the sentence that supports it.
 *
 * @param reportId  the event the report was coded as, before merging
 * @param separable whether {@link EventStore#separate} can make it an event of its own again
 */
public record EventReport(String reportId, String eventId, String articleId, String source, String agreed,
                          LocalDate date, String sentence, int sentenceStart, int sentenceEnd, boolean separable) {
}
