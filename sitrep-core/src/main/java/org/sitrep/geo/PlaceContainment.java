package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Containment written in the text: "Paris, Texas", "Barrie, Ont.", "Hajin, in Deir ez-Zor province",
 * "Aleppo, in northern Syria". The place named right after a comma (and an optional "in", "the",
 * a compass adjective) is the one the text says holds the place before it. Lists ("Toronto,
 * Vancouver") read the same way, and are harmless: a city is no container.
 */
public final class PlaceContainment {
  /** What may stand between a place and its container. */
  private static final Pattern GAP = Pattern.compile(
      "\\s*,\\s*(?:in\\s+)?(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western"
          + "|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?",
      Pattern.CASE_INSENSITIVE);

  private PlaceContainment() {
  }

  /** A place name and where it lies in the text. */
  public record Named(int start, int end, String name) {
  }

  /** For each of {@code names}, the name written as holding it ({@link #containerOf}), or null: one list, in order. */
  public static List<String> containersOf(String text, List<Named> names) {
    List<String> containers = new ArrayList<>(names.size());
    for (Named n : names) {
      containers.add(containerOf(text, n.end(), names));
    }
    return Collections.unmodifiableList(containers);
  }

  /**
   * The name written as holding the place that ends at {@code end}: the first of {@code names} that
   * starts after it with only a comma-led gap between, or null.
   */
  public static String containerOf(String text, int end, List<Named> names) {
    Named next = null;
    for (Named n : names) {
      if (n.start() >= end && (next == null || n.start() < next.start())) {
        next = n;
      }
    }
    if (next == null || next.start() - end > 40 || !GAP.matcher(text.substring(end, next.start())).matches()) {
      return null;
    }
    return next.name();
  }
}
