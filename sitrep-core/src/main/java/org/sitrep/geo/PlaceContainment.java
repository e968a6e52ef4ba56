package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Containment written in the text: "Paris, Texas", "Barrie, Ont.", "Hajin, in Deir ez-Zor province",
 * "Aleppo, in northern Syria", "Qatraneh in the Karak district", "the Coptic Orthodox Church of
 * Alexandria", "Giza's Haram district", "the Damascus suburb of Douma". The place named right after a
 * comma, an "in" or an "of" (and an optional "the", a compass adjective), or right before an "'s" or
 * a "suburb of", is the one the text says holds the place; a coordinated list shares it ("the villages
 * of Foua and Kfraya in Idlib province"). Comma lists ("Toronto, Vancouver") read the same way, and
 * are harmless: a city is no container.
 *
 * <p>The forms differ in what they say ({@link Form}): "Paris, Texas" and "Syria's Deir ez-Zor" are how
 * places are written, while "in" also follows things that are no places ("the Summit of the Americas
 * in Peru"), and a comma also separates a list.
 */
public final class PlaceContainment {
  private static final String COMPASS = "(?:(?:north|south|east|west|central|northern|southern|eastern|western"
      + "|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?";

  /** An admin word a name's span may leave out: "Maoxian county in Sichuan province". */
  private static final String ADMIN_WORD = "(?:\\s+(?:county|district|province|governorate|region|prefecture))?";

  /** What may stand between a place and its container: a comma, or a bare "in" or "of". */
  private static final Pattern COMMA_GAP = Pattern.compile(ADMIN_WORD + "\\s*,\\s*(?:in\\s+)?(?:the\\s+)?" + COMPASS,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_GAP = Pattern.compile(ADMIN_WORD + "\\s+(?:in|of)\\s+(?:the\\s+)?" + COMPASS,
      Pattern.CASE_INSENSITIVE);
  /**
   * What stands between a container and the place it holds: "Giza's Haram", "Iraq’s Anbar", "Paris'
   * Champs-Elysees", "the Cincinnati suburb of West Chester", "the Idlib province town of Saraqeb".
   */
  private static final Pattern POSSESSIVE_GAP = Pattern.compile("(?:['’]s?|(?:\\s+(?:province|governorate|county))?"
      + "\\s+(?:suburb|district|neighbou?rhood|town|village|city|camp)\\s+of)\\s+(?:the\\s+)?");

  /**
   * What joins the last two places of a list: "Foua and Kfraya", "Kfraya, or Zahraa". A bare comma does
   * not: in "Cordova, Tennessee, Richmond, Virginia" it separates place-and-state pairs.
   */
  private static final Pattern AND = Pattern.compile("\\s*,?\\s+(?:and|or)\\s+", Pattern.CASE_INSENSITIVE);

  /** What separates the items of a list. */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+",
      Pattern.CASE_INSENSITIVE);

  private static final int MAX_GAP = 40;

  private PlaceContainment() {
  }

  /** A place name and where it lies in the text. */
  public record Named(int start, int end, String name) {
  }

  /** How the text writes that one place holds another. */
  public enum Form {
    /** "Paris, Texas", "Hajin, in Deir ez-Zor province": how places are written, but also a list's comma. */
    COMMA,
    /** "Giza's Haram district", "Syria's Deir ez-Zor", "the Damascus suburb of Douma". */
    POSSESSIVE,
    /**
     * "Qatraneh in the Karak district", "the Coptic Orthodox Church of Alexandria" ("in" or "of"): also
     * said of things that are no places.
     */
    IN;

    /**
     * Whether the text's word outweighs a known but obscure reading of the name elsewhere: not for "in"
     * or "of", which follow events and buildings too ("the Summit of the Americas in Peru").
     */
    public boolean overrulesObscureReadings() {
      return this != IN;
    }

    /**
     * Whether a city can hold a place: not after a comma, which also separates a list ("Madinaty,
     * Liverpool have other academy branches").
     */
    public boolean cityHolds() {
      return this != COMMA;
    }
  }

  /** The name written as holding a place, and how. */
  public record Container(String name, Form form) {
    /** The container of "Paris, Texas". */
    public static Container afterComma(String name) {
      return new Container(name, Form.COMMA);
    }
  }

  /**
   * For each of {@code names}, the name written as holding it ({@link #containerOf}), or null: one list,
   * in order. A place with no container of its own that is listed with the next place ("Foua and
   * Kfraya in Idlib") takes that place's container, as the list shares it.
   */
  public static List<Container> containersOf(String text, List<Named> names) {
    List<Named> byStart = new ArrayList<>(names);
    byStart.sort(java.util.Comparator.comparingInt(Named::start));
    java.util.Map<Named, Container> shared = new java.util.HashMap<>();
    for (int i = byStart.size() - 1; i >= 0; i--) { // backwards: the last of a list carries the container
      Named n = byStart.get(i);
      Container own = containerOf(text, n.end(), names);
      if (own == null) {
        own = ownerOf(text, n.start(), names);
      }
      Named next = i + 1 < byStart.size() ? byStart.get(i + 1) : null;
      boolean listed = next != null && joins(text, n, next) && shared.get(next) != null;
      // "Foua, Kfraya and Zahraa in Idlib": the comma makes Kfraya Foua's own container, but the list's wins
      shared.put(n, listed && (own == null || own.name().equals(next.name())) ? shared.get(next) : own);
    }
    List<Container> containers = new ArrayList<>(names.size());
    for (Named n : names) {
      containers.add(shared.get(n));
    }
    return Collections.unmodifiableList(containers);
  }

  /** Whether another of {@code names} follows {@code n} as the next item of a list: "New York, and Detroit". */
  public static boolean listedBeforeAnother(String text, Named n, List<Named> names) {
    for (Named next : names) {
      if (next.start() >= n.end() && next.start() - n.end() <= MAX_GAP
          && LIST_GAP.matcher(text.substring(n.end(), next.start())).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean joins(String text, Named first, Named next) {
    return next.start() >= first.end() && next.start() - first.end() <= MAX_GAP
        && AND.matcher(text.substring(first.end(), next.start())).matches();
  }

  /**
   * The name written as holding the place that ends at {@code end}: the first of {@code names} that
   * starts after it with only a comma-, "in"- or "of"-led gap between, or null.
   */
  public static Container containerOf(String text, int end, List<Named> names) {
    Named next = null;
    for (Named n : names) {
      if (n.start() >= end && (next == null || n.start() < next.start())) {
        next = n;
      }
    }
    if (next == null || next.start() - end > MAX_GAP) {
      return null;
    }
    String gap = text.substring(end, next.start());
    return COMMA_GAP.matcher(gap).matches() ? new Container(next.name(), Form.COMMA)
        : IN_GAP.matcher(gap).matches() ? new Container(next.name(), Form.IN) : null;
  }

  /** The name written as owning the place that starts at {@code start} ("Giza's Haram"), or null. */
  public static Container ownerOf(String text, int start, List<Named> names) {
    Named previous = null;
    for (Named n : names) {
      if (n.start() >= 0 && n.end() <= start && (previous == null || n.end() > previous.end())) {
        previous = n;
      }
    }
    if (previous == null || start - previous.end() > MAX_GAP
        || !POSSESSIVE_GAP.matcher(text.substring(previous.end(), start)).matches()) {
      return null;
    }
    return new Container(previous.name(), Form.POSSESSIVE);
  }
}
