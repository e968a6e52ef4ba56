package org.sitrep.domain;

/**
 * The paragraph of an article's text that holds a span: bodies separate paragraphs by a blank line
 * ("\n\n"), as the readers write them.
 *
 * @param start first character of the paragraph in the text
 * @param end   one past its last character
 */
public record Paragraph(int start, int end) {
  private static final String BREAK = "\n\n";

  /** The paragraph holding characters {@code from} to {@code to} of {@code text}. */
  public static Paragraph around(String text, int from, int to) {
    int start = text.lastIndexOf(BREAK, Math.max(0, from - 1));
    int end = text.indexOf(BREAK, to);
    return new Paragraph(start < 0 ? 0 : start + BREAK.length(), end < 0 ? text.length() : end);
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
