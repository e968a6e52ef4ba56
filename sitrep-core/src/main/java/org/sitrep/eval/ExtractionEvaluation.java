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
