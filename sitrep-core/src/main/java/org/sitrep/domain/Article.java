package org.sitrep.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned news report: what every later stage reads. Character offsets anywhere in Sitrep are
 * offsets into {@link #body()}.
 *
 * @param id        stable content id (hash of source location and body), so re-ingesting is a no-op
 * @param source    publisher or feed name, e.g. "VOA"
 * @param location  file path or URL the article came from
 * @param title     headline, may be empty
 * @param published publication date; anchors relative dates ("Wednesday", "last week")
 * @param body      article text, paragraphs separated by blank lines
 * @param captions  image captions, kept apart from the body so they are not coded twice
 */
public record Article(String id, String source, String location, String title, LocalDate published,
                      String body, List<String> captions) implements java.io.Serializable {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    source = Objects.requireNonNullElse(source, "");
    location = Objects.requireNonNullElse(location, "");
    title = Objects.requireNonNullElse(title, "");
    captions = captions == null ? List.of() : List.copyOf(captions);
  }
}
