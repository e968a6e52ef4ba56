package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import org.sitrep.text.Dateline;
import org.sitrep.text.TextParagraphs;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text copied or scraped from a news page into title, body paragraphs and captions. Pages leave
 * debris in such text: skip links ("Accessibility links"), banners ("Breaking News"), share and
 * font-size widgets ("XS SM MD LG"), and image captions printed twice (once as alt text, once visible).
 * None of it may reach the event coder. Lines are first rebuilt into paragraphs ({@link TextParagraphs}):
 * wire copy and PDF text come hard-wrapped.
 */
final class ScrapedTextCleaner {
  private static final Set<String> DEBRIS_LINES = Set.of("accessibility links", "skip to main content",
      "skip to content", "skip to navigation", "skip to main navigation", "breaking news", "print", "share",
      "email", "comment", "comments", "follow us", "related", "related stories", "related articles",
      "advertisement", "listen", "subscribe", "sign in", "log in", "menu", "search", "see comments",
      "share this article", "share on facebook", "share on twitter", "more from", "read more", "back to top",
      "font size", "text size");
  /** Font-size widget labels, which scraped pages leave one per line or on one line. */
  private static final Pattern SIZE_WIDGET = Pattern.compile("(?i)(?:(?:XXL|XL|XS|SM|MD|LG|A\\+|A-|A)\\s*+)++");
  /** Widget lines are short; longer lines are not tried against the pattern at all. */
  private static final int MAX_WIDGET_CHARS = 40;
  private static final Pattern CAPTION_PREFIX = Pattern.compile("^(FILE|FILE PHOTO|PHOTO)\\s*[-–—:]\\s+.*");
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?\"”’)]$");

  /** E-mail and bulletin headers at the top of a text: what they say is metadata, not the report. */
  private static final Pattern HEADER = Pattern.compile("(?i)(subject|date|sent|from|to|cc|re):\\s*(.*)");
  private static final int HEADER_ZONE = 5;

  /** @param published the date of the dateline, else of a "Date:" header, or null */
  record Cleaned(String title, List<String> paragraphs, List<String> captions, LocalDate published) {
  }

  private ScrapedTextCleaner() {
  }

  static Cleaned clean(String text) {
    List<String> lines = new ArrayList<>(TextParagraphs.of(text));
    String subject = "";
    LocalDate sent = null;
    // headers stand at the top, under a bulletin's headline at most
    for (int i = 0; i < Math.min(lines.size(), HEADER_ZONE); i++) {
      Matcher header = HEADER.matcher(lines.get(i));
      if (!header.matches()) {
        continue;
      }
      String field = header.group(1).toLowerCase(Locale.ROOT);
      if (field.equals("subject") || field.equals("re")) {
        subject = header.group(2).strip();
      } else if (field.equals("date") || field.equals("sent")) {
        sent = Dateline.writtenDate(header.group(2));
      }
      lines.remove(i--);
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
    String title = subject;
    // one line alone is the report, not its headline; a dateline opens the body, it is no headline
    if (title.isEmpty() && kept.size() > 1 && looksLikeHeadline(kept.get(0)) && Dateline.parse(kept.get(0)) == null) {
      title = kept.remove(0);
    }
    return new Cleaned(title, kept, captions, published(kept, sent));
  }

  /**
   * The report's date: its dateline's ("PEMBA, 5 April 2021 —") before the date the bulletin was sent,
   * which may be a day later; a dateline without a year takes its year from that date.
   */
  private static LocalDate published(List<String> paragraphs, LocalDate sent) {
    LocalDate dated = Dateline.dateOpening(paragraphs, sent);
    return dated != null ? dated : sent;
  }

  static boolean isDebris(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return DEBRIS_LINES.contains(lower) || line.length() <= MAX_WIDGET_CHARS && SIZE_WIDGET.matcher(line).matches();
  }

  private static boolean looksLikeHeadline(String line) {
    return !ENDS_SENTENCE.matcher(line).matches() && line.split(" ").length <= 25;
  }
}
