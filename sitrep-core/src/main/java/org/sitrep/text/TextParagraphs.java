package org.sitrep.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds the paragraphs of plain text. Wire copy, e-mailed bulletins, archive transcripts and text
 * taken from PDFs break lines at a fixed width and mark paragraphs with a blank line or an indent; text
 * scraped from a page puts one paragraph on each line. Which of the two a text is, is read from the text
 * itself: a line was broken by a wrapper when the next line's first word would not have fitted on it.
 *
 * <p>Lines are joined only inside a block (between blank lines), and never across a list item, a table
 * row, an e-mail header or an indented first line: those breaks are the writer's, not the wrapper's.
 */
public final class TextParagraphs {
  /** The longest wrap width worth recognising: wider lines are a scraped page's paragraphs. */
  private static final int MAX_WRAP_WIDTH = 100;
  /** How far a wrapped line may end short of the width: wrappers of proportional text (PDF) are loose. */
  private static final int SLACK = 6;
  /** The share of a text's inner line breaks that must look like a wrapper's for the text to be wrapped. */
  private static final double WRAPPED_SHARE = 0.6;
  private static final int MIN_INNER_BREAKS = 1;

  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•·–—]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])\\s+\\S.*");
  private static final Pattern HEADER = Pattern.compile("^(?:Date|From|To|Cc|Subject|Sent|Source|Re|Ref|Dateline):\\s.*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern INDENT = Pattern.compile("^(?: {2,}|\\t)\\S.*");

  private TextParagraphs() {
  }

  /** The text's paragraphs, white space folded, in order; blank lines are never paragraphs. */
  public static List<String> of(String text) {
    List<List<String>> blocks = blocks(text);
    int width = wrapWidth(blocks);
    List<String> paragraphs = new ArrayList<>();
    for (List<String> block : blocks) {
      StringBuilder current = null;
      String previous = null;
      for (String line : block) {
        if (current != null && width > 0 && continues(previous, line, width)) {
          join(current, line.strip());
        } else {
          if (current != null) {
            paragraphs.add(fold(current));
          }
          current = new StringBuilder(line.strip());
        }
        previous = line;
      }
      if (current != null) {
        paragraphs.add(fold(current));
      }
    }
    paragraphs.removeIf(String::isEmpty);
    return paragraphs;
  }

  /**
   * The width the text was wrapped at, or 0 when it was not wrapped: the longest line, if most breaks
   * inside blocks, within sentences, fall where the next word would have overrun it.
   */
  static int wrapWidth(List<List<String>> blocks) {
    int width = 0;
    for (List<String> block : blocks) {
      for (String line : block) {
        width = Math.max(width, line.stripTrailing().length());
      }
    }
    if (width == 0 || width > MAX_WRAP_WIDTH) {
      return 0;
    }
    int inner = 0;
    int wrapped = 0;
    for (List<String> block : blocks) {
      for (int i = 0; i + 1 < block.size(); i++) {
        // a break after a full stop says nothing: wrappers and writers both break there
        if (isStructure(block.get(i)) || isStructure(block.get(i + 1)) || endsSentence(block.get(i))) {
          continue;
        }
        inner++;
        if (overruns(block.get(i), block.get(i + 1), width)) {
          wrapped++;
        }
      }
    }
    return inner >= MIN_INNER_BREAKS && wrapped >= WRAPPED_SHARE * inner ? width : 0;
  }

  /** Whether {@code next} carries on {@code line}'s paragraph in a text wrapped at {@code width}. */
  private static boolean continues(String line, String next, int width) {
    if (isStructure(line) || LIST_ITEM.matcher(next).matches() || isTableRow(next)
        || HEADER.matcher(next).matches()) {
      return listContinuation(line, next);
    }
    if (INDENT.matcher(next).matches() && !INDENT.matcher(line).matches()) {
      return false; // a typewritten paragraph's indented first line
    }
    return overruns(line, next, width) || startsLowerCase(next) && !endsSentence(line);
  }

  /** A long list item that goes on, indented, on the next line. */
  private static boolean listContinuation(String line, String next) {
    return LIST_ITEM.matcher(line).matches() && INDENT.matcher(next).matches()
        && !LIST_ITEM.matcher(next).matches() && !isTableRow(next);
  }

  private static boolean isStructure(String line) {
    return LIST_ITEM.matcher(line).matches() || isTableRow(line) || HEADER.matcher(line).matches();
  }

  /** The next line's first word would not have fitted on this line. */
  private static boolean overruns(String line, String next, int width) {
    String first = next.strip().split("\\s+", 2)[0];
    return line.stripTrailing().length() + 1 + first.length() > width - SLACK;
  }

  private static boolean startsLowerCase(String line) {
    String s = line.strip();
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  private static boolean endsSentence(String line) {
    String s = line.stripTrailing();
    return !s.isEmpty() && ".!?:\"”".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /**
   * Aligned columns: two gaps of two or more spaces (or tabs) between words, not counting the two
   * spaces typists put after a full stop. A scan, not a pattern: lines may be long.
   */
  static boolean isTableRow(String line) {
    int gaps = 0;
    int n = line.length();
    int i = 0;
    while (i < n && line.charAt(i) == ' ') {
      i++;
    }
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        int start = i;
        boolean tab = false;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
          tab |= line.charAt(i) == '\t';
          i++;
        }
        boolean afterSentence = start > 0 && ".!?:;".indexOf(line.charAt(start - 1)) >= 0;
        if (i < n && (tab || i - start >= 2) && !afterSentence && ++gaps >= 2) {
          return true;
        }
      } else {
        i++;
      }
    }
    return false;
  }

  /**
   * Joins a wrapped line to its paragraph. A line that ends inside a word with a hyphen keeps the word
   * whole: a lower-case one was split by a typesetter ("govern-" + "ment"), so its hyphen goes; a
   * capitalised one is a compound ("Saudi-" + "led"), so its hyphen stays.
   */
  private static void join(StringBuilder paragraph, String next) {
    int n = paragraph.length();
    boolean hyphenated = n >= 2 && paragraph.charAt(n - 1) == '-' && Character.isLetter(paragraph.charAt(n - 2))
        && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    if (!hyphenated) {
      paragraph.append(' ').append(next);
      return;
    }
    int wordStart = n - 1;
    while (wordStart > 0 && !Character.isWhitespace(paragraph.charAt(wordStart - 1))) {
      wordStart--;
    }
    boolean lowerCase = paragraph.substring(wordStart, n - 1).chars().noneMatch(Character::isUpperCase);
    if (lowerCase) {
      paragraph.setLength(n - 1);
    }
    paragraph.append(next);
  }

  /** The text's lines grouped into blocks at blank lines; trailing white space and control characters go. */
  static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      // no-break and other Unicode spaces are spaces; tabs stay (they mark columns)
      String line = raw.replaceAll("[\\p{Z}\\u000b\\f]", " ").stripTrailing();
      if (line.isBlank()) {
        if (!block.isEmpty()) {
          blocks.add(block);
          block = new ArrayList<>();
        }
      } else {
        block.add(line);
      }
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    return blocks;
  }

  private static String fold(CharSequence paragraph) {
    return String.join(" ", Arrays.stream(paragraph.toString().split("[\\s\\p{Z}]+")).filter(s -> !s.isEmpty()).toList());
  }
}
