package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Zyte's article-extraction-benchmark, evaluate.py): texts
 * are tokenised as the matches of {@code \w+} (Unicode); each page's true and predicted bodies become
 * multisets of 4-token shingles (a text of fewer than 4 tokens is one shorter shingle); TP, FP and FN are
 * counted from shingle counts and normalised to sum to 1 per page; precision is the mean over pages
 * with TP+FP > 0, recall the mean over pages with TP+FN > 0, and F1 is computed from those two means.
 */
public final class ExtractionEvaluation {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ExtractionEvaluation() {
  }

  /** Normalised shingle TP, FP, FN of one page. */
  public record PageScore(double tp, double fp, double fn) {
  }

  /** Benchmark scores over pages. */
  public record Score(int pages, double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  public static PageScore score(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
  }

  public static Score aggregate(List<PageScore> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (PageScore s : pages) {
      if (s.tp() + s.fp() > 0) {
        p += s.tp() / (s.tp() + s.fp());
        np++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.tp() / (s.tp() + s.fn());
        nr++;
      }
    }
    return new Score(pages.size(), np == 0 ? 0 : p / np, nr == 0 ? 0 : r / nr);
  }

  /**
   * A leave-sites-out estimate: each site's pages are scored with the settings that did best (F1) on
   * every other site's pages, so no page helps choose the settings it is scored with.
   *
   * @param bySetting page scores under each candidate setting, pages in the same order for each
   * @param sites     each page's site
   * @return the pages' scores under the settings chosen for their site, and how many sites chose each
   */
  public static LeaveSitesOut leaveSitesOut(List<List<PageScore>> bySetting, List<String> sites) {
    PageScore[] held = new PageScore[sites.size()];
    int[] chosen = new int[bySetting.size()];
    for (String site : new java.util.LinkedHashSet<>(sites)) {
      int best = 0;
      double bestF1 = -1;
      for (int s = 0; s < bySetting.size(); s++) {
        List<PageScore> others = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
          if (!sites.get(i).equals(site)) {
            others.add(bySetting.get(s).get(i));
          }
        }
        double f1 = aggregate(others).f1();
        if (f1 > bestF1 + 1e-12) { // ties keep the earlier setting: the defaults come first
          bestF1 = f1;
          best = s;
        }
      }
      chosen[best]++;
      for (int i = 0; i < sites.size(); i++) {
        if (sites.get(i).equals(site)) {
          held[i] = bySetting.get(best).get(i);
        }
      }
    }
    return new LeaveSitesOut(List.of(held), chosen);
  }

  /** @param chosen how many sites chose each setting, in the order they were given */
  public record LeaveSitesOut(List<PageScore> pages, int[] chosen) {
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < n; i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
    }
    return counts;
  }
}
