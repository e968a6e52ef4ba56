package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import java.util.Objects;
import org.sitrep.domain.Article;
import org.sitrep.domain.Place;

/**
 * An article with its linguistic analysis and the mentions that later stages found in it. Each stage
 * returns a new instance with one more layer filled in.
 *
 * @param article the cleaned article
 * @param doc     CoreNLP analysis of {@link Article#body()}
 * @param actors  actor mentions, in text order
 * @param places     resolved place mentions, in text order
 * @param unresolved place names recognised but not found in the gazetteer: reported, never dropped silently
 */
public record AnnotatedArticle(Article article, CoreDocument doc, List<ActorMention> actors,
                               List<PlaceMention> places, List<UnresolvedPlace> unresolved) {
  /**
   * A place name in the text that no gazetteer entry matched.
   *
   * @param storyArea where the story happens ({@code geo.StoryArea}): a hint of where the name may lie,
   *                  not a resolution; null if the story names no place below its countries
   */
  public record UnresolvedPlace(String text, int start, int end, Place storyArea) {
    public UnresolvedPlace(String text, int start, int end) {
      this(text, start, end, null);
    }
  }

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(doc, "doc");
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    unresolved = List.copyOf(unresolved);
  }

  /** A freshly annotated article: no mentions found yet. */
  public AnnotatedArticle(Article article, CoreDocument doc) {
    this(article, doc, List.of(), List.of(), List.of());
  }

  public AnnotatedArticle withActors(List<ActorMention> found) {
    return new AnnotatedArticle(article, doc, found, places, unresolved);
  }

  public AnnotatedArticle withPlaces(List<PlaceMention> found, List<UnresolvedPlace> notFound) {
    return new AnnotatedArticle(article, doc, actors, found, notFound);
  }
}
