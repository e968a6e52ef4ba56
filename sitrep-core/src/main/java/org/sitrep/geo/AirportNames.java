package org.sitrep.geo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names news gives an airport, from its official name and its English Wikipedia title. News rarely
 * writes "London Heathrow Airport" in full: it writes "Heathrow", "Heathrow Airport", "Kabul airport",
 * "Bagram Airfield". So an airport is known by
 * <ul>
 *   <li>its official name and its Wikipedia title ("Toronto Pearson International Airport");</li>
 *   <li>each of those with the airport word varied: "X Airport", "X International Airport";</li>
 *   <li>the same with the town's name dropped from the front ("Pearson International Airport");</li>
 *   <li>for a large airport whose own name, with no town before it, is one word, that word alone
 *       ("Heathrow", "Gatwick", "Schiphol"): news names the big hubs so. Not a core left by dropping
 *       the town ("Pearson" of "Toronto Pearson", "National" of "Minsk National") nor an ordinary
 *       word: those are persons' names and adjectives more often than airports;</li>
 *   <li>"Kabul Airport" when it is the only airport of its town in the data.</li>
 * </ul>
 */
final class AirportNames {
  /** The words that make a name an airport's: stripped to find the name's core. */
  private static final Pattern AIRPORT_WORDS = Pattern.compile(
      "(?i)\\s+(?:international\\s+)?(?:airport|airfield|air\\s+base|airbase|aerodrome|air\\s+station)$");
  /** Dutch and Scandinavian order: "Amsterdam Airport Schiphol". */
  private static final Pattern CITY_AIRPORT_NAME = Pattern.compile("(?i)^(.+?)\\s+airport\\s+(\\p{Lu}[\\p{L}-]+)$");

  private static final String[] KINDS = {" Airport", " International Airport", " Airfield", " Air Base", " Airbase"};

  /** One-word cores that are ordinary words, not the airport's own name ("National Airport"). */
  private static final Set<String> COMMON_CORES = org.sitrep.text.WordLists.bundled().words("AirportNames.COMMON_CORES");

  private AirportNames() {
  }

  /** The article title of an English Wikipedia link ("Heathrow Airport"), or "". */
  static String wikipediaTitle(String link) {
    int at = link.indexOf("en.wikipedia.org/wiki/");
    if (at < 0) {
      return "";
    }
    String title = link.substring(at + "en.wikipedia.org/wiki/".length());
    try {
      title = URLDecoder.decode(title, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
    // "Bagram_Airfield", "Mitiga_International_Airport", "Al_Asad_Airbase_(Iraq)": no disambiguator
    return title.replace('_', ' ').replaceAll("\\s*\\(.*\\)$", "").strip();
  }

  static Set<String> of(String name, String wikipediaTitle, String municipality, boolean large,
                        boolean onlyAirportOfItsTown) {
    Set<String> names = new LinkedHashSet<>();
    for (String base : new String[] {wikipediaTitle, name}) {
      if (base.isBlank()) {
        continue;
      }
      names.add(base);
      String core = core(base);
      if (core == null) {
        continue;
      }
      addCore(names, core, large);
      if (!municipality.isBlank() && core.toLowerCase(Locale.ROOT).startsWith(municipality.toLowerCase(Locale.ROOT) + " ")) {
        // "Toronto Pearson" is also "Pearson International Airport", but never "Pearson" alone, and
        // "Minsk National Airport" never "National"
        addCore(names, core.substring(municipality.length() + 1), false);
      }
    }
    if (onlyAirportOfItsTown && !municipality.isBlank() && !names.isEmpty()) {
      names.add(municipality + " Airport");
      names.add(municipality + " International Airport");
    }
    return names;
  }

  /** The name without its airport words ("London Heathrow"), or null if it has none. */
  private static String core(String base) {
    Matcher cityFirst = CITY_AIRPORT_NAME.matcher(base);
    if (cityFirst.matches()) {
      return cityFirst.group(2);
    }
    String core = AIRPORT_WORDS.matcher(base).replaceFirst("");
    return core.equals(base) || core.isBlank() ? null : core;
  }

  private static void addCore(Set<String> names, String core, boolean large) {
    for (String kind : KINDS) {
      names.add(core + kind);
    }
    if (large && core.indexOf(' ') < 0 && core.length() >= 4 && Character.isUpperCase(core.charAt(0))
        && !COMMON_CORES.contains(core.toLowerCase(Locale.ROOT))) {
      names.add(core);
    }
  }
}
