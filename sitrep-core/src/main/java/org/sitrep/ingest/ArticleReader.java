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
import org.sitrep.text.Dateline;

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

  /** Article bodies longer than this are refused: a "page" of a million characters is not a report. */
  public static final int MAX_BODY_CHARS = 400_000;

  /**
   * Reads an article, its publication date and source completed from the container's hints and then
   * the user's options; an article without any date is refused, since its relative dates could not be
   * resolved.
   */
  public Article read(InputDocument doc, ReadOptions options) throws IngestException {
    return read(doc, options, true);
  }

  /**
   * Reads an article; with {@code dateRequired} false, one that nothing dates is read with a null date
   * (for finding places, which needs none: its relative dates are simply not resolved).
   */
  public Article read(InputDocument doc, ReadOptions options, boolean dateRequired) throws IngestException {
    String where = doc.location();
    InputDocument.Hints hints = doc.hints();
    HtmlArticleExtractor.Extracted x = extract(doc);
    String body = String.join("\n\n", x.paragraphs());
    LocalDate published = publicationDate(x, hints, options);
    if (published == null && dateRequired) {
      throw new IngestException(where, IngestException.Problem.NO_DATE,
          "no publication date in the document or its dateline; pass --published YYYY-MM-DD");
    }
    String source = x.siteName();
    if (source == null || source.isBlank()) {
      source = hints.source();
    }
    if (source == null || source.isBlank()) {
      source = options.source();
    }
    String location = hints.url() != null && !hints.url().isBlank() ? hints.url() : where;
    return new Article(articleId(location, body), source, location, x.title(), published, body, x.captions());
  }

  /**
   * The publication date, from the best evidence there is: the document's own metadata (a page's, an
   * e-mail's "Date:"), its container's (a feed item's, a crawl's), its dateline ("BEIRUT, May 7
   * (Reuters) -"), and last the user's {@code --published}. A dateline without a year is read as the
   * latest such day not after the user's date, or else today: a wire report is read as it comes.
   */
  static LocalDate publicationDate(HtmlArticleExtractor.Extracted x, InputDocument.Hints hints, ReadOptions options) {
    if (x.published() != null) {
      return x.published();
    }
    if (hints.published() != null) {
      return hints.published();
    }
    LocalDate dated = Dateline.dateOpening(x.paragraphs(),
        options.published() != null ? options.published() : LocalDate.now());
    return dated != null ? dated : options.published();
  }

  /**
   * What a document holds, HTML or (scraped) text alike, refused with a reason if it is empty, binary,
   * cut off, without text or too large. The date is the document's own, or null.
   */
  public HtmlArticleExtractor.Extracted extract(InputDocument doc) throws IngestException {
    byte[] bytes = doc.bytes();
    String where = doc.location();
    InputDocument.Hints hints = doc.hints();
    if (bytes.length == 0) {
      throw new IngestException(where, IngestException.Problem.EMPTY, "the file is empty (0 bytes)");
    }
    if (utf16Bom(bytes) == null && looksBinary(bytes)) {
      throw new IngestException(where, IngestException.Problem.BINARY,
          "not text (control bytes in the first " + Math.min(SNIFF, bytes.length) + " bytes); expected HTML or plain text");
    }
    String text = decode(bytes, where, hints.charset());
    if (text.isBlank()) {
      throw new IngestException(where, IngestException.Problem.EMPTY, "the file holds only white space");
    }
    boolean isHtml = !hints.plainText()
        && (where.toLowerCase(Locale.ROOT).matches(".*\\.x?html?(\\.gz)?$") || HTML_START.matcher(text).find());
    HtmlArticleExtractor.Extracted x;
    if (isHtml) {
      checkComplete(text, where);
      x = html.extract(text, hints.url() == null ? "" : hints.url());
    } else {
      ScrapedTextCleaner.Cleaned c = ScrapedTextCleaner.clean(text);
      x = new HtmlArticleExtractor.Extracted(c.title(), c.published(), null, List.of(), "", c.paragraphs(), c.captions(),
          HtmlArticleExtractor.BodySource.PLAIN_TEXT);
    }
    String body = String.join("\n\n", x.paragraphs());
    if (!WORD.matcher(body).find()) {
      throw new IngestException(where, IngestException.Problem.NO_TEXT, "no article text found");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw new IngestException(where, IngestException.Problem.TOO_LARGE, "article text of " + body.length()
          + " characters, over the limit of " + MAX_BODY_CHARS + "; not coded");
    }
    return x;
  }

  /**
   * Stable id of an article: its location and its text. The same file or URL read again is the same
   * article; the same wire story on another site is another article (another source) of the same story.
   */
  public static String articleId(String location, String body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest((location + "\n" + body.replaceAll("\\s+", " ").strip()).getBytes(StandardCharsets.UTF_8));
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

  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)");

  /**
   * Decodes by, in order: a byte-order mark; the charset the container declared (HTTP header); the
   * page's own meta charset; UTF-8 if the bytes are valid UTF-8; else Windows-1252, which decodes
   * anything and is what undeclared Western pages mostly are.
   */
  /** The document's text as decoded for reading (markup included for HTML), for mapping offsets back to it. */
  public static String decodedText(InputDocument doc) throws IngestException {
    return decode(doc.bytes(), doc.location(), doc.hints().charset());
  }

  /** The UTF-16 byte order a byte-order mark declares, or null: such text is full of zero bytes, not binary. */
  private static Charset utf16Bom(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  static String decode(byte[] bytes, String where, String declared) throws IngestException {
    Charset utf16 = utf16Bom(bytes);
    if (utf16 != null) {
      return new String(bytes, 2, bytes.length - 2, utf16);
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    String charset = declared;
    if (charset == null) {
      Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      charset = m.find() ? m.group(1) : null;
    }
    if (charset != null && offset == 0) {
      try {
        Charset cs = Charset.forName(charset);
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return lenient(bytes, cs);
        }
      } catch (IllegalArgumentException | CharacterCodingException e) {
        // an unknown or wrong declaration: fall through to detection
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException notUtf8) {
      return singleByte(bytes, where);
    }
  }

  /** Single-byte code pages of the scripts conflict news is written in, beside Western European. */
  private static final List<String> OTHER_CODE_PAGES = List.of("windows-1256", "windows-1251", "windows-1253",
      "windows-1255");

  /**
   * Text that is not UTF-8 (whatever its page declared): Windows-1252 unless that reads as mojibake,
   * words made wholly of accented Latin letters ("ÞÊá ãÓáÍæä"), and another code page reads the same
   * bytes as the letters of one script (Arabic, Cyrillic, Greek, Hebrew). A page labelled UTF-8 but
   * written in Windows-1256 is read as Arabic, not stored garbled.
   */
  static String singleByte(byte[] bytes, String where) throws IngestException {
    String western = decodeAs(bytes, "windows-1252", where);
    if (mojibakeShare(western) < 0.5) {
      return western;
    }
    String best = western;
    double bestShare = 0.5; // another reading must be mostly its script's commonest letters to win
    for (String page : OTHER_CODE_PAGES) {
      String text = decodeAs(bytes, page, where);
      double share = commonLetterShare(text);
      if (share > bestShare) {
        best = text;
        bestShare = share;
      }
    }
    return best;
  }

  /** Per script, its commonest letters ({@code word-lists.tsv}: "ArticleReader.COMMON_LETTERS"). */
  private static final java.util.Map<String, String> COMMON_LETTERS = commonLetters();

  private static java.util.Map<String, String> commonLetters() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (String line : org.sitrep.text.WordLists.bundled().words("ArticleReader.COMMON_LETTERS")) {
      String[] f = line.split(" ", 2);
      out.put(f[0], f[1]);
    }
    return out;
  }

  /**
   * How much a text reads as its script: of its letters in the one non-Latin script it mostly uses, the
   * share that are that script's commonest letters. Arabic bytes read as Cyrillic are Cyrillic letters
   * too, but seldom the ones Russian uses most.
   */
  private static double commonLetterShare(String text) {
    java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.HashMap<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 127 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    var top = scripts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElse(null);
    String common = top == null ? null : COMMON_LETTERS.get(top.getKey().name());
    if (common == null) {
      return 0;
    }
    int inScript = 0;
    int commonOnes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (c > 127 && Character.isLetter(c) && Character.UnicodeScript.of(c) == top.getKey()) {
        inScript++;
        commonOnes += common.indexOf(c) >= 0 ? 1 : 0;
      }
    }
    return (double) commonOnes / inScript;
  }

  private static String decodeAs(byte[] bytes, String charset, String where) throws IngestException {
    try {
      return lenient(bytes, Charset.forName(charset));
    } catch (CharacterCodingException e) {
      throw new IngestException(where, IngestException.Problem.ENCODING, "neither UTF-8 nor " + charset + " text");
    }
  }

  /** The bytes in a charset, a byte it cannot read replaced rather than refused. */
  private static String lenient(byte[] bytes, Charset cs) throws CharacterCodingException {
    return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** Of the words with a non-ASCII letter, the share made wholly of non-ASCII letters. */
  private static double mojibakeShare(String text) {
    int withAccents = 0;
    int wholly = 0;
    for (String word : text.split("[^\\p{L}]+")) {
      int nonAscii = (int) word.chars().filter(c -> c > 127).count();
      if (nonAscii > 0) {
        withAccents++;
        if (nonAscii == word.length() && word.length() >= 2) {
          wholly++;
        }
      }
    }
    return withAccents == 0 ? 0 : (double) wholly / withAccents;
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
