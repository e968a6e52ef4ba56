package org.sitrep.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and word pairs of a text, hashed into a fixed number of slots and scaled to unit length:
 * the exact wording ("grenade", "tear gas", "lynched") that a sentence embedding blurs.
 */
public final class WordFeatures {
  /** Slots for hashed words and pairs: 2^15, few enough collisions for a few thousand snippets. */
  public static final int SLOTS = 1 << 15;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private WordFeatures() {
  }

  public static Features of(String text, float[] dense) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    TreeMap<Integer, Float> counts = new TreeMap<>();
    for (int i = 0; i < words.size(); i++) {
      counts.merge(slot(words.get(i)), 1f, Float::sum);
      if (i + 1 < words.size()) {
        counts.merge(slot(words.get(i) + " " + words.get(i + 1)), 1f, Float::sum);
      }
    }
    double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
    int[] index = new int[counts.size()];
    float[] value = new float[counts.size()];
    int j = 0;
    for (var e : counts.entrySet()) {
      index[j] = e.getKey();
      value[j++] = (float) (e.getValue() / norm);
    }
    return new Features(dense, index, value);
  }

  private static int slot(String s) {
    return Math.floorMod(s.hashCode() * 0x9E3779B9, SLOTS);
  }
}
