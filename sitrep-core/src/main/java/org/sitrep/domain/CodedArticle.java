package org.sitrep.domain;

import java.util.List;
import java.util.Objects;

/** An article with the events coded from it: the unit the store writes in one transaction. */
public record CodedArticle(Article article, List<Event> events) implements java.io.Serializable {
  public CodedArticle {
    Objects.requireNonNull(article, "article");
    events = List.copyOf(events);
  }
}
