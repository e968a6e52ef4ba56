package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text copied or scraped from a news page into title, body paragraphs and captions. Pages leave
 * debris in such text: skip links ("Accessibility links"), banners ("Breaking News"), share and
 * font-size widgets ("XS SM MD LG"), and image captions printed twice (once as alt text, once visible).
 * None of it may reach the event coder.
 */
final class ScrapedTextCleaner {
  private static final Set<String> DEBRIS_LINES = Set.of("accessibility links", "skip to main content",
      "skip to content", "skip to navigation", "skip to main navigation", "breaking news", "print", "share",
      "email", "comment", "comments", "follow us", "related", "related stories", "related articles",
      "advertisement", "listen", "subscribe", "sign in", "log in", "menu", "search", "see comments",
      "share this article", "share on facebook", "share on twitter", "more from", "read more", "back to top",
      "font size", "text size");
  /** Font-size widget labels, which scraped pages leave one per line or on one line. */
  private static final Pattern SIZE_WIDGET = Pattern.compile("(?i)^((XS|SM|MD|LG|XL|XXL|A|A\\+|A-)\\s*)+$");
  private static final Pattern CAPTION_PREFIX = Pattern.compile("^(FILE|FILE PHOTO|PHOTO)\\s*[-–—:]\\s+.*");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?\"”’)]$");

  record Cleaned(String title, List<String> paragraphs, List<String> captions) {
  }

  private ScrapedTextCleaner() {
  }

  static Cleaned clean(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = raw.replaceAll("[\\p{Z}\\s]+", " ").strip(); // \p{Z}: no-break spaces too
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    List<String> captions = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isDebris(line)) {
        continue;
      }
      boolean repeated = i + 1 < lines.size() && lines.get(i + 1).equals(line);
      if (repeated || CAPTION_PREFIX.matcher(line).matches()) {
        if (!captions.contains(line)) {
          captions.add(line);
        }
        if (repeated) {
          i++;
        }
        continue;
      }
      kept.add(line);
    }
    String title = "";
    if (!kept.isEmpty() && looksLikeHeadline(kept.get(0))) {
      title = kept.remove(0);
    }
    return new Cleaned(title, kept, captions);
  }

  static boolean isDebris(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return DEBRIS_LINES.contains(lower) || SIZE_WIDGET.matcher(line).matches();
  }

  private static boolean looksLikeHeadline(String line) {
    return !ENDS_SENTENCE.matcher(line).matches() && line.split(" ").length <= 25;
  }
}
