package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Event typing scored as the CASE 2021 shared task 2 scored it (see the README of the evaluation data):
 * a snippet's prediction is the label of the first event coded in it, or none; F1 per label over the 25
 * ACLED labels (sklearn's {@code f1_score(labels=acled, average="weighted")}: a non-ACLED snippet coded as
 * an ACLED type is a false positive of that type), averaged with each label's number of snippets as
 * weight; the five non-ACLED labels scored apart as the share of their snippets in which any event is
 * coded.
 */
public final class EventTypeEvaluation {
  /** What the coder predicted for a snippet with no event. */
  public static final String NO_EVENT = "(none)";

  /** One labelled snippet. */
  public record Snippet(String id, String text, String label) {
  }

  /**
   * Per-label counts.
   *
   * @param relevant  snippets of the label (its support)
   * @param hits      of those, the snippets predicted as the label
   * @param retrieved snippets predicted as the label
   */
  public record LabelScore(String label, int relevant, int hits, int retrieved) implements PrecisionRecall {
  }

  /**
   * @param labels      scores of the ACLED labels present in the file
   * @param confusion   gold label to predicted label to count
   * @param acled       ACLED-label snippets, and how many of them got any event
   * @param notEvents   non-ACLED snippets, and how many of them got an event (false events)
   */
  public record Result(List<LabelScore> labels, Map<String, Map<String, Integer>> confusion, int acled,
                       int acledWithEvent, int notEvents, int falseEvents) {
    public double weightedF1() {
      double sum = 0;
      int n = 0;
      for (LabelScore s : labels) {
        sum += s.f1() * s.relevant();
        n += s.relevant();
      }
      return n == 0 ? 0 : sum / n;
    }

    public double coverage() {
      return acled == 0 ? 0 : (double) acledWithEvent / acled;
    }

    public double falseEventRate() {
      return notEvents == 0 ? 0 : (double) falseEvents / notEvents;
    }
  }

  private EventTypeEvaluation() {
  }

  /** Reads the "id TAB EventSnippet TAB SubType" file; a malformed line is an error naming file:line. */
  public static List<Snippet> read(Path file) throws IOException {
    List<Snippet> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 3 tab-separated fields (id, EventSnippet, SubType)");
      }
      out.add(new Snippet(f[0].strip(), f[1].strip(), f[2].strip()));
    }
    return out;
  }

  /**
   * Scores predictions (a label, or {@link #NO_EVENT}) against the snippets' labels; {@code acledLabels}
   * are the 25 labels that name ACLED events.
   */
  public static Result score(List<Snippet> snippets, Function<Snippet, String> predicted, Set<String> acledLabels) {
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>(); // support, tp, predicted
    int acled = 0;
    int acledWithEvent = 0;
    int notEvents = 0;
    int falseEvents = 0;
    for (Snippet s : snippets) {
      String p = predicted.apply(s);
      confusion.computeIfAbsent(s.label(), k -> new TreeMap<>()).merge(p, 1, Integer::sum);
      boolean isAcled = acledLabels.contains(s.label());
      boolean event = !p.equals(NO_EVENT);
      if (isAcled) {
        acled++;
        acledWithEvent += event ? 1 : 0;
        counts.computeIfAbsent(s.label(), k -> new int[3])[0]++;
      } else {
        notEvents++;
        falseEvents += event ? 1 : 0;
      }
      if (acledLabels.contains(p)) {
        int[] c = counts.computeIfAbsent(p, k -> new int[3]);
        c[2]++;
        if (p.equals(s.label())) {
          c[1]++;
        }
      }
    }
    List<LabelScore> scores = new ArrayList<>();
    for (String label : new TreeSet<>(counts.keySet())) {
      int[] c = counts.get(label);
      scores.add(new LabelScore(label, c[0], c[1], c[2]));
    }
    return new Result(scores, confusion, acled, acledWithEvent, notEvents, falseEvents);
  }

  /**
   * How far the weighted F1 would move on another sample of snippets like these: the central
   * {@code level} share of its values over {@code rounds} resamples of the snippets with replacement
   * (a percentile bootstrap, seeded so a run repeats). On 420 ACLED snippets the interval is several
   * points wide, so a difference of a point between two coders is not evidence that one is better.
   *
   * @return the interval's lower and upper ends
   */
  public static double[] bootstrapInterval(List<Snippet> snippets, Function<Snippet, String> predicted,
                                           Set<String> acledLabels, int rounds, double level, long seed) {
    java.util.Random random = new java.util.Random(seed);
    Map<Snippet, String> fixed = new java.util.IdentityHashMap<>();
    snippets.forEach(s -> fixed.put(s, predicted.apply(s)));
    double[] values = new double[rounds];
    List<Snippet> sample = new ArrayList<>(snippets.size());
    for (int r = 0; r < rounds; r++) {
      sample.clear();
      for (int i = 0; i < snippets.size(); i++) {
        sample.add(snippets.get(random.nextInt(snippets.size())));
      }
      values[r] = score(sample, fixed::get, acledLabels).weightedF1();
    }
    java.util.Arrays.sort(values);
    double tail = (1 - level) / 2;
    return new double[] {values[(int) Math.floor(tail * (rounds - 1))], values[(int) Math.ceil((1 - tail) * (rounds - 1))]};
  }

  /**
   * Stratified folds: the snippets of each label dealt in turn, in file order, to folds 0..k-1, so each
   * fold holds about a k-th of every label. The same file always gives the same folds.
   */
  public static List<List<Snippet>> folds(List<Snippet> snippets, int k) {
    return folds(snippets, k, 0);
  }

  /**
   * Stratified folds as {@link #folds(List, int)}, the snippets first shuffled with {@code seed} (0: in file
   * order). Repeated cross-validation scores the same file under several such splits: which snippets share
   * a fold moves weighted F1 by about a point on a few hundred snippets.
   */
  public static List<List<Snippet>> folds(List<Snippet> snippets, int k, long seed) {
    List<Snippet> order = new ArrayList<>(snippets);
    if (seed != 0) {
      java.util.Collections.shuffle(order, new java.util.Random(seed));
    }
    List<List<Snippet>> folds = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      folds.add(new ArrayList<>());
    }
    Map<String, Integer> next = new TreeMap<>();
    for (Snippet s : order) {
      int f = next.merge(s.label(), 1, Integer::sum) - 1;
      folds.get(f % k).add(s);
    }
    return folds;
  }
}
