package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    LocalDate published = PublicationDates.of(doc, linkedData);
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
    List<TextBlocks.Block> chosen = body == null ? List.of() : ContentScorer.blocks(body, settings);
    List<String> paragraphs = withoutFurniture(withoutCaptions(withinTheArticle(doc, inOneArticle(chosen)), captions),
        title, headline);
    BodySource source = BodySource.MARKUP;
    if (paragraphs.isEmpty()) {
      paragraphs = withoutCaptions(chosen.stream().map(TextBlocks.Block::text).toList(), captions);
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
  private List<String> inOneArticle(List<TextBlocks.Block> blocks) {
    List<Element> articles = blocks.stream().map(b -> b.source().closest("article")).toList();
    java.util.Map<Element, Integer> textPerArticle = new java.util.IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (articles.get(i) != null) {
        textPerArticle.merge(articles.get(i), blocks.get(i).text().length(), Integer::sum);
      }
    }
    Element story = textPerArticle.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    boolean holdToStory = textPerArticle.size() >= 2 && textPerArticle.get(story) >= settings.minArticleElement();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (!holdToStory || articles.get(i) == null || articles.get(i) == story) {
        kept.add(blocks.get(i).text());
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

  static String meta(Document doc, String key) {
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

  static String firstNonBlank(String... values) {
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
