package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.domain.Article;

/**
 * Reads one input document into a clean {@link Article}: checks that it is text at all, decodes it,
 * extracts the article from HTML or cleans scraped text, and fixes its publication date. Every refusal
 * is an {@link IngestException} naming the input.
 */
public final class ArticleReader {
  private static final int SNIFF = 8192;
  private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype html|<html|<head|<body)");
  private static final Pattern HTML_OPEN = Pattern.compile("(?i)<html[\\s>]");
  private static final Pattern HTML_CLOSE = Pattern.compile("(?i)</html\\s*>");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private final HtmlArticleExtractor html = new HtmlArticleExtractor();

  public Article read(InputDocument doc, ReadOptions options) throws IngestException {
    byte[] bytes = doc.bytes();
    String where = doc.location();
    if (bytes.length == 0) {
      throw new IngestException(where, IngestException.Problem.EMPTY, "the file is empty (0 bytes)");
    }
    if (looksBinary(bytes)) {
      throw new IngestException(where, IngestException.Problem.BINARY,
          "not text (control bytes in the first " + Math.min(SNIFF, bytes.length) + " bytes); expected HTML or plain text");
    }
    String text = decode(bytes, where);
    if (text.isBlank()) {
      throw new IngestException(where, IngestException.Problem.EMPTY, "the file holds only white space");
    }
    boolean isHtml = where.toLowerCase(Locale.ROOT).matches(".*\\.x?html?$") || HTML_START.matcher(text).find();
    String title;
    String body;
    List<String> captions;
    LocalDate published = null;
    String source = null;
    if (isHtml) {
      checkComplete(text, where);
      HtmlArticleExtractor.Extracted x = html.extract(text, where);
      title = x.title();
      body = String.join("\n\n", x.paragraphs());
      captions = x.captions();
      published = x.published();
      source = x.siteName();
    } else {
      ScrapedTextCleaner.Cleaned c = ScrapedTextCleaner.clean(text);
      title = c.title();
      body = String.join("\n\n", c.paragraphs());
      captions = c.captions();
    }
    if (!WORD.matcher(body).find()) {
      throw new IngestException(where, IngestException.Problem.NO_TEXT, "no article text found");
    }
    if (published == null) {
      published = options.published();
    }
    if (published == null) {
      throw new IngestException(where, IngestException.Problem.NO_DATE,
          "no publication date in the document; pass --published YYYY-MM-DD");
    }
    if (source == null || source.isBlank()) {
      source = options.source();
    }
    return new Article(articleId(body), source, where, title, published, body, captions);
  }

  /** Stable id of an article's text: the same story read again, from any path, is the same article. */
  public static String articleId(String body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest(body.replaceAll("\\s+", " ").strip().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(SNIFF, bytes.length);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20)) {
        control++;
      }
    }
    return control > n / 20;
  }

  /** UTF-8 (with or without BOM) if valid, else UTF-16 by BOM, else Windows-1252 (which decodes anything). */
  static String decode(byte[] bytes, String where) throws IngestException {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException notUtf8) {
      try {
        return Charset.forName("windows-1252").newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new IngestException(where, IngestException.Problem.ENCODING, "neither UTF-8 nor Windows-1252 text");
      }
    }
  }

  /**
   * A page that opens {@code <html>} but never closes it, or stops inside a tag, was cut off in transfer;
   * its article may be missing its end, so it is refused rather than coded as if complete.
   */
  private static void checkComplete(String text, String where) throws IngestException {
    String tail = text.stripTrailing();
    int lastOpen = tail.lastIndexOf('<');
    int lastClose = tail.lastIndexOf('>');
    boolean inTag = lastOpen > lastClose;
    Matcher open = HTML_OPEN.matcher(text);
    if (inTag || (open.find() && !HTML_CLOSE.matcher(text).find())) {
      throw new IngestException(where, IngestException.Problem.TRUNCATED,
          "HTML ends before </html>" + (inTag ? " inside a tag" : "") + " after " + text.length()
              + " characters: the page was cut off");
    }
  }
}
