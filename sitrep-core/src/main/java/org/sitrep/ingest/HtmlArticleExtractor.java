package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Article extraction from an HTML page: metadata (title, date, authors, site) from the places
 * publishers put them; the body from the container {@link ContentScorer} chooses, held to one
 * {@code <article>} element and cleared of page furniture, else from the fallbacks of {@link BodySource}
 * in their order; captions apart. Navigation, asides, scripts and scraped-text debris are dropped.
 * Its thresholds are {@link ExtractionSettings}.
 */
public final class HtmlArticleExtractor {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  // not "form": ASP.NET pages wrap the whole page, article included, in one
  private static final String NOISE = "script, style, noscript, nav, header, footer, aside, iframe, svg, button, "
      + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .share, .social, .related, "
      + ".comments, .cookie, .newsletter, .advertisement, .ad";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ExtractionSettings settings;

  public HtmlArticleExtractor() {
    this(ExtractionSettings.DEFAULT);
  }

  public HtmlArticleExtractor(ExtractionSettings settings) {
    this.settings = settings;
  }

  /** What a page holds: metadata, body paragraphs in reading order, captions apart, and where the body came from. */
  public record Extracted(String title, LocalDate published, String siteName, List<String> authors,
                          String language, List<String> paragraphs, List<String> captions, BodySource bodySource) {
  }

  /**
   * Where a body was read from, in the order they are tried: a page that holds an article never gives
   * an empty body while a later source has text, and the output says which source gave it.
   */
  public enum BodySource {
    /** The article container the scorer chose, without page furniture. */
    MARKUP("markup"),
    /** The best-scoring container as it stands, when the furniture filters left nothing of it. */
    BEST_CANDIDATE("best candidate"),
    /** The page's JSON-LD {@code articleBody} (also when it holds over twice the markup's text). */
    JSON_LD("JSON-LD articleBody"),
    /** The page's text read as scraped text, when it has no paragraph markup. */
    PAGE_TEXT("page text"),
    /** The OpenGraph (or meta) description: a summary, the last resort. */
    DESCRIPTION("OpenGraph description"),
    /** A plain-text input, read as such. */
    PLAIN_TEXT("plain text");

    private final String label;

    BodySource(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public Extracted extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri));
  }

  /** Extracts from a parsed page; the document is changed (noise removed). */
  public Extracted extract(Document doc) {
    String headline = text(doc.selectFirst("h1"));
    String title = firstNonBlank(meta(doc, "og:title"), doc.title(), headline);
    List<JsonNode> linkedData = jsonLdObjects(doc); // parsed once: dates, authors and bodies all read it
    LocalDate published = publishedDate(doc, linkedData);
    String structuredBody = jsonLdArticleBody(linkedData);
    List<String> authors = authors(doc, linkedData);
    Element html = doc.selectFirst("html");
    String language = html == null ? "" : html.attr("lang").strip();
    String site = meta(doc, "og:site_name");
    String description = firstNonBlank(meta(doc, "og:description"), meta(doc, "description"),
        meta(doc, "twitter:description"));
    List<String> captions = new ArrayList<>();
    for (Element c : doc.select("figcaption, .caption, .wp-caption-text")) {
      String t = c.text().strip();
      if (!t.isEmpty() && !captions.contains(t)) {
        captions.add(t);
      }
    }
    doc.select("figure, figcaption, .caption").remove();
    doc.select(NOISE).remove();
    Element body = doc.body();
    List<ContentScorer.Block> chosen = body == null ? List.of() : ContentScorer.blocks(body, settings);
    List<String> paragraphs = withoutFurniture(withoutCaptions(withinTheArticle(doc, inOneArticle(chosen)), captions),
        title, headline);
    BodySource source = BodySource.MARKUP;
    if (paragraphs.isEmpty()) {
      paragraphs = withoutCaptions(chosen.stream().map(ContentScorer.Block::text).toList(), captions);
      source = BodySource.BEST_CANDIDATE;
    }
    // Paywalled and script-rendered pages often carry the full text only in their JSON-LD.
    if (structuredBody.length() > settings.jsonLdFactor() * String.join(" ", paragraphs).length()) {
      paragraphs = lines(structuredBody);
      source = BodySource.JSON_LD;
    }
    if (paragraphs.isEmpty() && body != null) {
      // No paragraph markup: the page's text read as scraped text.
      paragraphs = withoutFurniture(ScrapedTextCleaner.clean(body.wholeText()).paragraphs(), title, headline);
      source = BodySource.PAGE_TEXT;
    }
    if (paragraphs.isEmpty()) {
      paragraphs = lines(description);
      source = BodySource.DESCRIPTION;
    }
    return new Extracted(title, published, site, authors, language, List.copyOf(paragraphs), captions, source);
  }

  private static List<String> withoutCaptions(List<String> paragraphs, List<String> captions) {
    return paragraphs.stream().filter(p -> !captions.contains(p)).toList();
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\s*\\n\\s*")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  /**
   * The paragraphs the scorer chose, held to the page's one {@code <article>} element when they run
   * outside it: a short article's container often also holds the teasers or comments that follow it,
   * which together outscore it; the publisher's own markup says where the article ends.
   */
  private List<String> withinTheArticle(Document doc, List<String> chosen) {
    Elements articles = doc.select("article");
    if (articles.size() != 1) {
      return chosen;
    }
    Document alone = Document.createShell(doc.location());
    alone.body().appendChild(articles.first().clone()); // scored as a page of its own
    List<String> inArticle = ContentScorer.paragraphs(alone.body(), settings);
    int inside = inArticle.stream().mapToInt(String::length).sum();
    int all = chosen.stream().mapToInt(String::length).sum();
    return inside >= settings.minArticleElement() && all > inside && chosen.containsAll(inArticle) ? inArticle : chosen;
  }

  /**
   * The chosen paragraphs held to one {@code <article>} when they come from several: an article element
   * is one self-contained story, and paragraphs in other ones are teasers of other stories ("you may
   * also like" lists marked up as articles). The article holding most of the chosen text is the story;
   * paragraphs outside every article element stay.
   */
  private List<String> inOneArticle(List<ContentScorer.Block> blocks) {
    java.util.Map<Element, Integer> textPerArticle = new java.util.IdentityHashMap<>();
    for (ContentScorer.Block b : blocks) {
      Element article = b.source().closest("article");
      if (article != null) {
        textPerArticle.merge(article, b.text().length(), Integer::sum);
      }
    }
    Element story = textPerArticle.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    List<String> kept = new ArrayList<>();
    for (ContentScorer.Block b : blocks) {
      Element article = b.source().closest("article");
      if (textPerArticle.size() < 2 || textPerArticle.get(story) < settings.minArticleElement()
          || article == null || article == story) {
        kept.add(b.text());
      }
    }
    return kept;
  }

  /** Lines that are the page talking about itself, not the article: calls to subscribe, follow, comment. */
  private static final Pattern FURNITURE = Pattern.compile("(?i)\\b(subscribe|newsletters?|sign up|requires javascript"
      + "|click here|follow (us|her|him|me|them)\\b.*\\b(on )?(twitter|facebook|instagram)|may be reached at|have a tip"
      + "|tell us what you think|related (news|articles|stories|posts)|read more|all rights reserved|share this"
      + "|advertisement)\\b");
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"
      + "|^(?i:published|updated|posted|last updated)\\b.*\\b(19|20)\\d{2}\\b|^By [A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){0,3}$");

  /**
   * Drops what the container scoring let through: the headline repeated in the body, short lines of
   * page furniture, and teasers of other stories (a title with its author and timestamp).
   */
  private static List<String> withoutFurniture(List<String> paragraphs, String title, String h1) {
    String headline = title.strip().toLowerCase(java.util.Locale.ROOT);
    String heading = h1 == null ? "" : h1.strip().toLowerCase(java.util.Locale.ROOT);
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      String lower = p.toLowerCase(java.util.Locale.ROOT);
      boolean isShort = p.length() < 200;
      if (lower.equals(headline) || lower.equals(heading) || isShort && (FURNITURE.matcher(p).find() || TIMESTAMP.matcher(p).find())) {
        continue;
      }
      kept.add(p);
    }
    return kept;
  }

  /**
   * The objects of the page's JSON-LD blocks, including those of an {@code @graph}. Malformed blocks are
   * common and skipped: the page's markup is still read, and dates are also found by pattern.
   */
  private static List<JsonNode> jsonLdObjects(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element ld : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(ld.data());
        (node.isArray() ? node : List.of(node)).forEach(objects::add);
        node.path("@graph").forEach(objects::add);
      } catch (java.io.IOException e) {
        // skipped, see above
      }
    }
    return objects;
  }

  /** Authors from meta tags, JSON-LD {@code author} and rel=author links, in that order, without repeats. */
  private static List<String> authors(Document doc, List<JsonNode> linkedData) {
    Set<String> out = new LinkedHashSet<>();
    for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl], meta[name=parsely-author]")) {
      String v = m.attr("content").replaceFirst("(?i)^by\\s+", "").strip();
      if (!v.isEmpty() && !v.startsWith("http")) {
        out.add(v);
      }
    }
    for (JsonNode n : linkedData) {
      JsonNode author = n.path("author");
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        String name = a.isTextual() ? a.asText() : a.path("name").asText("");
        if (!name.isBlank()) {
          out.add(name.strip());
        }
      }
    }
    for (Element a : doc.select("a[rel=author], [itemprop=author] [itemprop=name]")) {
      if (!a.text().isBlank() && a.text().length() < 80) {
        out.add(a.text().strip());
      }
    }
    return List.copyOf(out);
  }

  /** The longest {@code articleBody} of the page's JSON-LD objects (also inside {@code @graph}), or "". */
  private static String jsonLdArticleBody(List<JsonNode> linkedData) {
    String best = "";
    for (JsonNode n : linkedData) {
      String body = n.path("articleBody").asText("");
      if (body.length() > best.length()) {
        best = body;
      }
    }
    return org.jsoup.parser.Parser.unescapeEntities(best, false).strip();
  }

  /**
   * The publication date, from the places publishers put it, surest first: meta tags (OpenGraph,
   * Dublin Core, schema.org microdata), JSON-LD (parsed, else found by pattern when the JSON is
   * malformed), {@code <time datetime>}, fields named for publishing, the URL (/2019/11/18/,
   * /2019/nov/18/, -20191118), and last a date written out near the top of the page ("Nov. 18, 2019").
   */
  static LocalDate publishedDate(Document doc, List<JsonNode> linkedData) {
    LocalDate stated = statedDate(doc, linkedData);
    LocalDate fromUrl = urlDate(doc.location());
    if (stated != null && fromUrl != null && Math.abs(stated.toEpochDay() - fromUrl.toEpochDay()) == 1) {
      // a UTC timestamp after midnight: the URL keeps the publisher's own calendar day
      return fromUrl;
    }
    if (stated != null) {
      return stated;
    }
    if (fromUrl != null) {
      return fromUrl;
    }
    return writtenDate(doc.body() == null ? "" : doc.body().text());
  }

  /** The date the page's markup states, without the URL and the page text. */
  private static LocalDate statedDate(Document doc, List<JsonNode> linkedData) {
    for (String key : List.of("article:published_time", "og:article:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
        "citation_publication_date", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
        "dateCreated")) {
      LocalDate d = isoDate(meta(doc, key));
      if (d != null) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop~=(?i)datePublished|dateCreated]")) {
      LocalDate d = isoDate(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
      if (d != null) {
        return d;
      }
    }
    for (JsonNode n : linkedData) {
      LocalDate d = isoDate(n.path("datePublished").asText(null));
      if (d != null) {
        return d;
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null && isoDate(time.attr("datetime")) != null) {
      return isoDate(time.attr("datetime"));
    }
    for (Element e : doc.select("[name~=(?i)publish],[id~=(?i)publish],[class~=(?i)publish]")) {
      LocalDate d = isoDate(firstNonBlank(e.attr("value"), e.attr("content"), e.attr("datetime")));
      if (d != null) {
        return d;
      }
    }
    for (Element script : doc.select("script")) {
      Matcher m = JSON_DATE_PUBLISHED.matcher(script.data());
      if (m.find() && isoDate(m.group(1)) != null) {
        return isoDate(m.group(1));
      }
    }
    return null;
  }

  private static final Pattern JSON_DATE_PUBLISHED =
      Pattern.compile("\"(?:datePublished|date_published|publishedDate|published_at|pubDate)\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern URL_YMD = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2}|[a-z]{3})/(\\d{1,2})(?:/|$)");
  private static final Pattern URL_COMPACT = Pattern.compile("[-_/]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[-_/.]|$)");
  private static final Pattern WRITTEN = Pattern.compile(
      "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b"
          + "|\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+((?:19|20)\\d{2})\\b");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec");

  static LocalDate urlDate(String url) {
    if (url == null) {
      return null;
    }
    String u = url.toLowerCase(java.util.Locale.ROOT);
    Matcher m = URL_YMD.matcher(u);
    if (m.find()) {
      int month = m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : MONTHS.indexOf(m.group(2)) + 1;
      return safeDate(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
    }
    m = URL_COMPACT.matcher(u);
    if (m.find()) {
      return safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return null;
  }

  /** The first date written out in the opening of the page's text, where bylines sit. */
  static LocalDate writtenDate(String text) {
    Matcher m = WRITTEN.matcher(text.length() > 3000 ? text.substring(0, 3000) : text);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      return safeDate(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1,
          Integer.parseInt(m.group(2)));
    }
    return safeDate(Integer.parseInt(m.group(6)), MONTHS.indexOf(m.group(5).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1,
        Integer.parseInt(m.group(4)));
  }

  private static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static LocalDate isoDate(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    // placeholders such as 0001-01-01 stand for "no date"
    return d == null || d.getYear() < 1990 ? null : d;
  }

  private static String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
    if (e == null) {
      e = doc.selectFirst("[itemprop=" + key + "][datetime]");
      return e == null ? null : e.attr("datetime");
    }
    return e.attr("content");
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
