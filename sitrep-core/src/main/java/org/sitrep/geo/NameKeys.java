package org.sitrep.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys under which place names are indexed and looked up.
 *
 * <p>Two tiers: {@link #fold} is the name with case, diacritics and punctuation removed ("Dayr
 * az-Zawr" and "Dayr az Zawr" meet); {@link #variant} is a consonant skeleton with Arabic article
 * particles dropped, so the many romanisations of Arabic, Persian, Kurdish and Turkish names meet
 * ("Deir el-Zour", "Dayr az-Zawr", "Deir ez-Zor" all give "dr zr"). The variant tier is looser and
 * is only consulted when the folded tier has no answer.
 */
public final class NameKeys {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  /** Romanised Arabic definite article and its sun-letter assimilations, as separate tokens. */
  private static final Set<String> ARTICLES = org.sitrep.text.WordLists.bundled().words("NameKeys.ARTICLES");
  private static final String SEMI_VOWELS = "aeiouyw";

  /** Words that follow an admin area's name in GeoNames and in news, which may keep or drop them ("Idlib province"). */
  public static final List<String> ADMIN_SUFFIXES = List.of(" governorate", " province", " district",
      " region", " municipality", " county", " state", " prefecture", " muhafazat");
  private static final Set<String> KEPT_ADMIN_SUFFIXES = Set.of(" county", " state");

  private NameKeys() {
  }

  /** Lower case ASCII letters and digits separated by single spaces; empty if nothing Latin is left. */
  public static String fold(String name) {
    String s = name.replace("ß", "ss").replace('ı', 'i').replace('ø', 'o').replace('Ø', 'o')
        .replace('đ', 'd').replace('Đ', 'd').replace('ł', 'l').replace('Ł', 'l').replace("æ", "ae")
        // ʿayn and hamza marks and apostrophes vanish inside a word: "Ma'arrat" = "Maarrat"
        .replaceAll("[ʿʾ'’‘`´]", "");
    s = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(java.util.Locale.ROOT);
    s = NOT_ALNUM.matcher(s).replaceAll(" ").trim();
    return s;
  }

  /**
   * The folded name without a trailing admin word that GeoNames drops from the names it translates
   * ("karak district" gives "karak", as Jordan's governorate is "Karak"), or the empty string if it has
   * none or nothing would be left. "County" and "state" are not such words: GeoNames keeps them in the
   * English names that have them ("Suffolk County"), and "Colorado State" is a university.
   */
  public static String withoutDroppedAdminWord(String folded) {
    for (String suffix : ADMIN_SUFFIXES) {
      if (folded.endsWith(suffix) && folded.length() > suffix.length() + 2 && !KEPT_ADMIN_SUFFIXES.contains(suffix)) {
        return folded.substring(0, folded.length() - suffix.length());
      }
    }
    return "";
  }

  /** True if the folded form kept every letter of the name, i.e. the name was written in Latin script. */
  public static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  /** The folded name without article particles or spaces: "Deir ez-Zor" and "Deir-Zor" are both "deirzor". */
  public static String compact(String name) {
    StringBuilder out = new StringBuilder();
    for (String token : fold(name).split(" ")) {
      if (!ARTICLES.contains(token)) {
        out.append(token);
      }
    }
    return out.toString();
  }

  /** Consonant skeleton of the folded name without article particles: see the class comment. */
  public static String variant(String name) {
    String folded = fold(name);
    if (folded.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String token : folded.split(" ")) {
      if (!ARTICLES.contains(token)) {
        parts.add(skeleton(token));
      }
    }
    return String.join(" ", parts).trim();
  }

  private static String skeleton(String token) {
    // "-iyah" / "-ieh" / "-iya" endings: a final h after a vowel is not written consistently
    String t = token.length() > 2 && token.endsWith("h") && SEMI_VOWELS.indexOf(token.charAt(token.length() - 2)) >= 0
        ? token.substring(0, token.length() - 1) : token;
    StringBuilder out = new StringBuilder(t.length());
    out.append(t.charAt(0));
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (SEMI_VOWELS.indexOf(c) >= 0) {
        continue;
      }
      if (out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
