package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.domain.GeoPrecision;

/**
 * The words around a place name that say what kind of place the text means: "Deir ez-Zor province"
 * and "the countryside of Deir el-Zour" are the province, "Karak district" the district, "near Hajin"
 * and "east of Hajin" only near the town, "New York Gov. Andrew Cuomo" and "Washington state" the
 * state. Read from the text around the name's span, so the recognizer and the evaluation with gold
 * spans read them alike.
 */
public final class PlaceCues {
  static final Set<String> ADMIN1_AFTER = org.sitrep.text.WordLists.bundled().words("PlaceCues.ADMIN1_AFTER");
  static final Set<String> ADMIN2_AFTER = Set.of("district");
  static final Set<String> NEAR_AFTER = org.sitrep.text.WordLists.bundled().words("PlaceCues.NEAR_AFTER");
  private static final Set<String> NEAR_BEFORE = org.sitrep.text.WordLists.bundled().words("PlaceCues.NEAR_BEFORE");
  /** Prepositions that make the name after them (and an optional "the") a place: "in the Deir el-Zour ...". */
  static final Set<String> LOCATIVE_BEFORE = org.sitrep.text.WordLists.bundled().words("PlaceCues.LOCATIVE_BEFORE");
  /** The same for a building, which one is also inside, behind or on ("on the White House lawn"). */
  private static final Set<String> SITE_BEFORE = union(LOCATIVE_BEFORE, Set.of("inside", "behind", "on"));
  private static final Set<String> SETTLEMENTS = org.sitrep.text.WordLists.bundled().words("PlaceCues.SETTLEMENTS");
  private static final Set<String> DIRECTIONS = org.sitrep.text.WordLists.bundled().words("PlaceCues.DIRECTIONS");
  /**
   * A state-level office or body after the name: the name is the state or province it serves, not its
   * namesake city ("New York Gov.", "the Ohio Attorney General", "Washington state").
   */
  private static final Pattern STATE_AFTER = Pattern.compile(
      "\\s+(?:state\\b|Gov\\.|Governor\\b|Lt\\.? Gov\\.|Lieutenant Governor\\b|Attorney General\\b|Legislature\\b"
          + "|State Legislature\\b|General Assembly\\b|Secretary of State\\b)");
  private static final Pattern WORD_AFTER = Pattern.compile("\\s*([\\p{L}-]+)");
  private static final Pattern WORDS_BEFORE = Pattern.compile("(?:([\\p{L}-]+)\\s+)?([\\p{L}-]+)\\s+$");

  /** What follows a dateline's place: the agency, a dash, a colon ("WASHINGTON (AP) —", "BEIRUT —"). */
  private static final Pattern AFTER_DATELINE = Pattern.compile("\\s*(?:\\(|—|–|--|-\\s|:)");

  private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,");

  private PlaceCues() {
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * The place of a story's dateline that stands alone, with no state or country after it
   * ("WASHINGTON (AP) —", "TORRINGTON — Mayor ..."), or null. By the stylebooks a dateline city stands
   * alone only if it is the one readers know by that name, or the paper's home town; a smaller
   * namesake is written with its state ("HOLLIDAY, Mo."), which {@link PlaceContainment} reads.
   */
  public static String standaloneDateline(String text, List<PlaceContainment.Named> names) {
    PlaceContainment.Named first = null;
    for (PlaceContainment.Named n : names) {
      boolean capitals = n.name().chars().anyMatch(Character::isLetter)
          && n.name().chars().noneMatch(Character::isLowerCase) && n.name().length() > 2;
      if (capitals && n.end() <= text.length() && (first == null || n.start() < first.start())
          && !COMMA_AFTER.matcher(text).region(n.end(), text.length()).lookingAt()
          && (text.substring(0, n.start()).isBlank()
              || AFTER_DATELINE.matcher(text).region(n.end(), text.length()).lookingAt())) {
        first = n;
      }
    }
    return first == null ? null : first.name();
  }

  /** The precision the words around {@code text[start, end)} give the name there, or null for none. */
  public static GeoPrecision modifier(String text, int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      return null; // a span that is not in this text has no words around it
    }
    String next = wordAfter(text, end);
    String[] before = wordsBefore(text, start);
    if (ADMIN1_AFTER.contains(next) || STATE_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
      return GeoPrecision.ADMIN1;
    }
    if (ADMIN2_AFTER.contains(next)) {
      return GeoPrecision.ADMIN2;
    }
    if (NEAR_AFTER.contains(next)) {
      return GeoPrecision.NEAR;
    }
    if (before[1].equals("of") && ADMIN1_AFTER.contains(before[0])) {
      return GeoPrecision.ADMIN1; // "the eastern countryside of Deir el-Zour"
    }
    if (NEAR_BEFORE.contains(before[1])) {
      return GeoPrecision.NEAR;
    }
    if (before[1].equals("of") && DIRECTIONS.contains(before[0])) {
      return GeoPrecision.NEAR; // "east of Hajin"
    }
    if (before[1].equals("of") && SETTLEMENTS.contains(before[0])) {
      return GeoPrecision.EXACT; // "the city of Turkey": a town, not the country
    }
    return null;
  }

  /**
   * The cue that holds for every mention of a name once the text gives it: "the city of Turkey" makes
   * "Turkey" the town throughout a story of the Texas Panhandle. Other cues are the mention's own
   * ("Deir ez-Zor province" does not make a later "Deir ez-Zor" the province).
   */
  public static boolean holdsForTheStory(GeoPrecision cue) {
    return cue == GeoPrecision.EXACT;
  }

  /**
   * Whether the words before a name make it a site: "at the White House", "outside the Kremlin", "in the
   * Pentagon". A landmark's name without them mostly stands for the institution housed there ("the White
   * House condemned the attack", "a letter to the Kremlin"), which is no place of the story.
   */
  public static boolean sited(String text, int start) {
    String[] before = wordsBefore(text, start);
    String word = before[1].equals("the") ? before[0] : before[1];
    return SITE_BEFORE.contains(word);
  }

  /** The lower-cased word right after {@code end} (spaces allowed between), or "". */
  static String wordAfter(String text, int end) {
    Matcher m = WORD_AFTER.matcher(text).region(end, text.length());
    return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** The two lower-cased words right before {@code start}, farther first; "" where there is none. */
  private static String[] wordsBefore(String text, int start) {
    int from = Math.max(0, start - 60);
    Matcher m = WORDS_BEFORE.matcher(text.substring(from, start));
    if (!m.find()) {
      return new String[] {"", ""};
    }
    return new String[] {m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT),
        m.group(2).toLowerCase(Locale.ROOT)};
  }
}
