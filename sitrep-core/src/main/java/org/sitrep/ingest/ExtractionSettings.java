package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of HTML article extraction, in one place, so that an evaluation can choose them
 * without the pages it scores (the leave-sites-out figure of {@code sitrep eval extraction}).
 *
 * @param minParagraph      characters a text block needs to score its containers (Readability's 25)
 * @param strictEnough      characters of body below which the furniture-dropping first pass is retried
 *                          with the furniture kept
 * @param siblingShare      share of the best container's score a sibling needs to join the body
 * @param chunkShare        share of the best score that a same-class container elsewhere needs to join
 * @param maxLinkDensity    share of a paragraph's text in links above which it is navigation
 * @param minArticleElement characters an {@code <article>} element must hold to bound the body
 * @param jsonLdFactor      how many times the markup's text the JSON-LD articleBody must hold to replace it
 */
public record ExtractionSettings(int minParagraph, int strictEnough, double siblingShare, double chunkShare,
                                 double maxLinkDensity, int minArticleElement, double jsonLdFactor) {
  public static final ExtractionSettings DEFAULT = new ExtractionSettings(25, 500, 0.2, 0.3, 0.5, 300, 2.0);

  /** These settings, then each threshold alone halved and raised by half: the choices an evaluation has. */
  public List<ExtractionSettings> oneAtATime() {
    List<ExtractionSettings> out = new ArrayList<>(List.of(this));
    for (double f : new double[] {0.5, 1.5}) {
      out.add(new ExtractionSettings((int) Math.round(minParagraph * f), strictEnough, siblingShare, chunkShare,
          maxLinkDensity, minArticleElement, jsonLdFactor));
      out.add(new ExtractionSettings(minParagraph, (int) Math.round(strictEnough * f), siblingShare, chunkShare,
          maxLinkDensity, minArticleElement, jsonLdFactor));
      out.add(new ExtractionSettings(minParagraph, strictEnough, round(siblingShare * f), chunkShare, maxLinkDensity,
          minArticleElement, jsonLdFactor));
      out.add(new ExtractionSettings(minParagraph, strictEnough, siblingShare, round(chunkShare * f), maxLinkDensity,
          minArticleElement, jsonLdFactor));
      out.add(new ExtractionSettings(minParagraph, strictEnough, siblingShare, chunkShare,
          Math.min(1, round(maxLinkDensity * f)), minArticleElement, jsonLdFactor));
      out.add(new ExtractionSettings(minParagraph, strictEnough, siblingShare, chunkShare, maxLinkDensity,
          (int) Math.round(minArticleElement * f), jsonLdFactor));
      out.add(new ExtractionSettings(minParagraph, strictEnough, siblingShare, chunkShare, maxLinkDensity,
          minArticleElement, Math.max(1, round(jsonLdFactor * f))));
    }
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
