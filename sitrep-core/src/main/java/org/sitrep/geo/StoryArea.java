package org.sitrep.geo;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

/**
 * Where a story happens, as a hint for the place names the gazetteer does not know: its most-named
 * place below the country level ("Etobicoke" in a Toronto story, "the village of Kfraya" in a story of
 * Idlib). A hint is reported beside the unresolved name and never stands for a resolution: it places
 * no event, and the evaluation scores it apart. ACLED does the same by hand when a village cannot be
 * found: it codes the nearest known area at a coarser precision.
 */
public final class StoryArea {
  private StoryArea() {
  }

  /** The most-named place among a story's readings (first named on a tie); none if it names only countries. */
  public static Optional<Place> of(Collection<Place> readings) {
    Map<String, Integer> counts = new HashMap<>();
    Place best = null;
    int bestCount = 0;
    for (Place p : readings) {
      if (p.precision() == GeoPrecision.COUNTRY || p.precision() == GeoPrecision.REGION) {
        continue; // a country or a region across borders is no hint of where a village lies
      }
      int n = counts.merge(p.gazetteerId(), 1, Integer::sum);
      if (n > bestCount) {
        best = p;
        bestCount = n;
      }
    }
    return Optional.ofNullable(best);
  }
}
