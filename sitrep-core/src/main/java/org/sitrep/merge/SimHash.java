package org.sitrep.merge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charikar's SimHash (2002) of a text over its word 3-shingles: near-identical texts (one wire story on
 * ten sites, with different datelines and trailing credits) get fingerprints a few bits apart, unrelated
 * texts about half of the 64 bits apart. On news-length texts a credit line moves a copy by several
 * bits, so the fingerprint only proposes candidates (within {@link #CANDIDATE_BITS}); the shingle
 * {@link #resemblance} of the texts (Broder 1997) decides.
 */
public final class SimHash {
  public static final int CANDIDATE_BITS = 12;
  /** Shingle resemblance from which two texts are copies of one story. */
  public static final double SAME_STORY = 0.7;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 3;

  private SimHash() {
  }

  public static long of(String text) {
    int[] votes = new int[64];
    for (long h : shingleHashes(text)) {
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        fingerprint |= 1L << b;
      }
    }
    return fingerprint;
  }

  /** Jaccard resemblance of the two texts' sets of word 3-shingles, from 0 to 1. */
  public static double resemblance(String a, String b) {
    java.util.Set<Long> x = new java.util.HashSet<>(shingleHashes(a));
    java.util.Set<Long> y = new java.util.HashSet<>(shingleHashes(b));
    int both = 0;
    for (long h : x) {
      if (y.contains(h)) {
        both++;
      }
    }
    int union = x.size() + y.size() - both;
    return union == 0 ? 1 : (double) both / union;
  }

  private static java.util.List<Long> shingleHashes(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    java.util.List<Long> out = new java.util.ArrayList<>();
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      out.add(hash(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)))));
    }
    return out;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** FNV-1a, then a murmur3 finaliser so that every bit depends on every input byte. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
