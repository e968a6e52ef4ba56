package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.text.WordLists;

/**
 * The words of a multi-word place name, for reading a name the gazetteer does not know as a whole from
 * the place inside it: "North London" and "Greater Toronto Area" without their qualifiers and area
 * words, "Vancouver Art Gallery" from a run of its capitalised words.
 */
final class NameParts {
  /** Words before a place name that make a part of it or its surroundings: "North London", "Greater Toronto". */
  private static final Set<String> QUALIFIERS = WordLists.bundled().words("NameParts.QUALIFIERS");
  /** Words that name a kind of place, not a place, when they stand alone inside a longer name. */
  private static final Set<String> GENERIC_WORDS = WordLists.bundled().words("NameParts.GENERIC_WORDS");
  /** Words after a place name that say what kind of area it names: a first-level division, a second, or near it. */
  private static final Map<String, GeoPrecision> AREA_WORDS = areaWords();

  private final List<String> words;

  private NameParts(List<String> words) {
    this.words = words;
  }

  /** A name's words, split at spaces and at a hyphen before a capital ("Deir-Ez-Zor" is three). */
  static NameParts of(String name) {
    return new NameParts(List.of(name.strip().split("\\s+|(?<=\\p{L})-(?=\\p{Lu})")));
  }

  /** The inner name once leading qualifiers and trailing area words are off, and what they say of it. */
  record Inner(String name, GeoPrecision modifier) {
  }

  boolean isCompound() {
    return words.size() > 1;
  }

  /**
   * The name without its leading qualifiers and trailing area words, read as the division an area word
   * names ("Fars Province", "Plymouth Co.") or as near the place ("North London"); empty if it has none.
   */
  Optional<Inner> withoutQualifiers() {
    int from = 0;
    int to = words.size();
    while (from < to - 1 && QUALIFIERS.contains(NameKeys.fold(words.get(from)))) {
      from++;
    }
    GeoPrecision level = null;
    while (to > from + 1 && AREA_WORDS.containsKey(NameKeys.fold(words.get(to - 1)))) {
      GeoPrecision p = AREA_WORDS.get(NameKeys.fold(words.get(to - 1)));
      level = level == null ? p : level;
      to--;
    }
    if (from == 0 && to == words.size()) {
      return Optional.empty();
    }
    GeoPrecision modifier = level == GeoPrecision.ADMIN1 || level == GeoPrecision.ADMIN2 ? level : GeoPrecision.NEAR;
    return Optional.of(new Inner(String.join(" ", words.subList(from, to)), modifier));
  }

  /**
   * The runs of capitalised words that may name the place a longer name carries, the longest and then
   * the leftmost first. "South" of "South Kilburn Estate" is no place, nor "Town" of "Bains and Grants
   * Town" nor "Island" (Iceland's own name) of "Fire Island"; "American" of "Central American" is no
   * country, though "Russian" of "Russian Embassy" is.
   *
   * @param isDemonym whether a word is a demonym, which names a country only at the head of the name
   */
  List<String> innerRuns(Predicate<String> isDemonym) {
    List<String> runs = new ArrayList<>();
    for (int length = words.size() - 1; length >= 1; length--) {
      for (int i = 0; i + length <= words.size(); i++) {
        List<String> run = words.subList(i, i + length);
        boolean skipped = !run.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))) || onlyDirections(run)
            || length == 1 && GENERIC_WORDS.contains(NameKeys.fold(run.get(0)))
            || i > 0 && length == 1 && isDemonym.test(run.get(0));
        if (!skipped) {
          runs.add(String.join(" ", run));
        }
      }
    }
    return runs;
  }

  /** Whether every word is a compass word or qualifier ("West", "South East", "Central", "West Coast"). */
  static boolean onlyDirections(List<String> words) {
    return words.stream().map(NameKeys::fold).allMatch(w -> QUALIFIERS.contains(w) || w.equals("coast"));
  }

  /**
   * Whether a name is the short form of a place's name that drops a lower-case tail: "Newcastle" of
   * "Newcastle upon Tyne", "Frankfurt" of "Frankfurt am Main", "Stoke" of "Stoke-on-Trent". News uses
   * the short form as the city's own name, so it counts as the place's preferred name.
   */
  static boolean isShortForm(String folded, String placeName) {
    String[] words = placeName.split("[\\s-]+");
    int k = folded.split(" ").length;
    return words.length > k && !words[k].isEmpty() && Character.isLowerCase(words[k].charAt(0))
        && NameKeys.fold(String.join(" ", java.util.Arrays.copyOf(words, k))).equals(folded);
  }

  private static Map<String, GeoPrecision> areaWords() {
    Map<String, GeoPrecision> out = new HashMap<>();
    WordLists.bundled().words("NameParts.ADMIN1_WORDS").forEach(w -> out.put(w, GeoPrecision.ADMIN1));
    WordLists.bundled().words("NameParts.ADMIN2_WORDS").forEach(w -> out.put(w, GeoPrecision.ADMIN2));
    WordLists.bundled().words("NameParts.NEAR_WORDS").forEach(w -> out.put(w, GeoPrecision.NEAR));
    return Map.copyOf(out);
  }
}
