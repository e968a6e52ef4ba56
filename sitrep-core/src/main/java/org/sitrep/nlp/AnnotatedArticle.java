package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.List;
import java.util.Objects;
import org.sitrep.domain.Article;

/**
 * An article with its linguistic analysis and the mentions that later stages found in it. Each stage
 * returns a new instance with one more layer filled in.
 *
 * @param article the cleaned article
 * @param doc     CoreNLP analysis of {@link Article#body()}
 * @param actors  actor mentions, in text order
 * @param places  place mentions, in text order
 */
public record AnnotatedArticle(Article article, CoreDocument doc, List<ActorMention> actors,
                               List<PlaceMention> places) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(doc, "doc");
    actors = List.copyOf(actors);
    places = List.copyOf(places);
  }

  public AnnotatedArticle withActors(List<ActorMention> found) {
    return new AnnotatedArticle(article, doc, found, places);
  }

  public AnnotatedArticle withPlaces(List<PlaceMention> found) {
    return new AnnotatedArticle(article, doc, actors, found);
  }
}
