package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.domain.Article;
import org.sitrep.filter.RelevanceFilter;

/**
 * The relevance filter's recall on the event gold set: the share of the gold events whose sentence
 * stands whole in the paragraphs the filter keeps. A sentence the filter blanks is an event the coder
 * can no longer find, so this bounds what the filter may cost.
 *
 * @param kept      gold events whose sentence the filter keeps whole
 * @param events    gold events
 * @param notInBody gold events whose sentence is not in the extracted body at all (counted as missed)
 * @param missed    each missed event: document, offsets and type
 */
public record FilterRecall(int kept, int events, int notInBody, List<String> missed) {
  public double recall() {
    return events == 0 ? 1 : (double) kept / events;
  }

  public static FilterRecall of(EventGold gold, RelevanceFilter filter) {
    int kept = 0;
    int notInBody = 0;
    List<String> missed = new ArrayList<>();
    for (EventGold.GoldEvent e : gold.events()) {
      Article a = gold.docs().stream().filter(d -> d.id().equals(e.doc())).findFirst().orElseThrow().article();
      if (e.bodyStart() < 0) {
        notInBody++;
        missed.add(e.doc() + " [" + e.start() + "," + e.end() + "] (not in the extracted body)");
        continue;
      }
      String selected = filter.select(a.body()).text().substring(e.bodyStart(), e.bodyEnd());
      if (selected.equals(a.body().substring(e.bodyStart(), e.bodyEnd()))) {
        kept++;
      } else {
        missed.add(e.doc() + " [" + e.start() + "," + e.end() + "] " + e.subEventType());
      }
    }
    return new FilterRecall(kept, gold.events().size(), notInBody, List.copyOf(missed));
  }
}
