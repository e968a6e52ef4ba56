package org.sitrep.domain;

import java.util.Objects;

/**
 * One coded event as reported in one article.
 *
 * @param id         stable id (article id + trigger offset), so re-coding the same article yields the same ids
 * @param articleId  the report it came from
 * @param type       CAMEO / ACLED classification
 * @param date       when it happened
 * @param actor1     who acted; null if the text does not say
 * @param actor2     who was acted on; null if the text does not say
 * @param place      where; null if no place could be attached
 * @param fatalities number killed where stated, else -1
 * @param evidence   supporting sentence and offsets
 */
public record Event(String id, String articleId, EventType type, EventDate date, Actor actor1, Actor actor2,
                    Place place, int fatalities, Evidence evidence) implements java.io.Serializable {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
  }
}
