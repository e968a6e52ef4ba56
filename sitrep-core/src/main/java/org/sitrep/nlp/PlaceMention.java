package org.sitrep.nlp;

import org.sitrep.domain.Place;

/**
 * A span of the article body resolved to a place. Offsets are into the body.
 *
 * @param score   ranking score of the chosen reading (higher is surer); kept so the choice can be explained
 * @param demonym  the text is a demonym or country adjective ("Syrian"): it names a country, not where
 *                 something happened
 * @param embedded the name is part of an organisation's ("Kentucky State Police", "University of
 *                 Manitoba"): it says whose, not where something happened
 */
public record PlaceMention(String text, int start, int end, Place place, double score, boolean demonym,
                           boolean embedded) {
  public PlaceMention(String text, int start, int end, Place place, double score, boolean demonym) {
    this(text, start, end, place, score, demonym, false);
  }

  /** Whether the mention may say where something happened: neither a demonym nor part of a name. */
  public boolean locative() {
    return !demonym && !embedded;
  }
}
