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
 * @param fatalities number killed where stated, else -1 (ACLED's field; the same as {@code counts.killed()})
 * @param evidence   supporting sentence and offsets
 * @param counts     killed, wounded and arrested as stated, with their qualifiers ("at least 14")
 */
public record Event(String id, String articleId, EventType type, EventDate date, Actor actor1, Actor actor2,
                    Place place, int fatalities, Evidence evidence, Counts counts) implements java.io.Serializable {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    counts = counts == null ? Counts.killedOnly(fatalities) : counts;
    if (counts.killed().value() != fatalities) {
      // fatalities is the figure ACLED-style consumers read: the killed count follows it
      counts = new Counts(new Counts.Count(fatalities, counts.killed().qualifier()), counts.wounded(), counts.arrested());
    }
  }

  /** An event whose only count is the killed one (imports, older rows). */
  public Event(String id, String articleId, EventType type, EventDate date, Actor actor1, Actor actor2, Place place,
               int fatalities, Evidence evidence) {
    this(id, articleId, type, date, actor1, actor2, place, fatalities, evidence, null);
  }
}
