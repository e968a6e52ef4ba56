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
 * First-version article extraction from an HTML page: metadata (title, date, site) from the places
 * publishers put them, body paragraphs from the article container (or the page's paragraphs when there
 * is none), captions apart. Navigation, asides, scripts and the scraped-text debris are dropped.
 */
public final class HtmlArticleExtractor {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  // not "form": ASP.NET pages wrap the whole page, article included, in one
  private static final String NOISE = "script, style, noscript, nav, header, footer, aside, iframe, svg, button, "
      + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .share, .social, .related, "
      + ".comments, .cookie, .newsletter, .advertisement, .ad";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a page holds: metadata, body paragraphs in reading order, captions apart. */
  public record Extracted(String title, LocalDate published, String siteName, List<String> paragraphs,
                          List<String> captions) {
  }

  public Extracted extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri));
  }

  /** Extracts from a parsed page; the document is changed (noise removed). */
  public Extracted extract(Document doc) {
    String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    LocalDate published = publishedDate(doc);
    String structuredBody = jsonLdArticleBody(doc);
    String site = meta(doc, "og:site_name");
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
    List<String> paragraphs = new ArrayList<>();
    if (body != null) {
      for (String p : ContentScorer.paragraphs(body)) {
        if (!captions.contains(p)) {
          paragraphs.add(p);
        }
      }
      if (paragraphs.isEmpty() && structuredBody.isEmpty()) {
        // No paragraph markup: treat the page's text as scraped text.
        paragraphs.addAll(ScrapedTextCleaner.clean(body.wholeText()).paragraphs());
      }
    }
    // Paywalled and script-rendered pages often carry the full text only in their JSON-LD.
    if (structuredBody.length() > 2 * String.join(" ", paragraphs).length()) {
      paragraphs = new ArrayList<>();
      for (String p : structuredBody.split("\\s*\\n\\s*")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip());
        }
      }
    }
    return new Extracted(title, published, site, List.copyOf(paragraphs), captions);
  }

  /** The longest {@code articleBody} of the page's JSON-LD objects (also inside {@code @graph}), or "". */
  private static String jsonLdArticleBody(Document doc) {
    String best = "";
    for (Element ld : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(ld.data());
        List<JsonNode> objects = new ArrayList<>();
        (node.isArray() ? node : List.of(node)).forEach(objects::add);
        node.path("@graph").forEach(objects::add);
        for (JsonNode n : objects) {
          String body = n.path("articleBody").asText("");
          if (body.length() > best.length()) {
            best = body;
          }
        }
      } catch (java.io.IOException e) {
        // malformed JSON-LD is common: the page's markup is still read
      }
    }
    return org.jsoup.parser.Parser.unescapeEntities(best, false).strip();
  }

  private static LocalDate publishedDate(Document doc) {
    for (String key : List.of("article:published_time", "og:article:published_time", "datePublished",
        "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "citation_publication_date",
        "sailthru.date", "parsely-pub-date")) {
      LocalDate d = isoDate(meta(doc, key));
      if (d != null) {
        return d;
      }
    }
    for (Element ld : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = JSON.readTree(ld.data());
        for (JsonNode n : node.isArray() ? node : List.of(node)) {
          LocalDate d = isoDate(n.path("datePublished").asText(null));
          if (d != null) {
            return d;
          }
        }
      } catch (java.io.IOException e) {
        // malformed JSON-LD is common; the other sources may still date the page
      }
    }
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? null : isoDate(time.attr("datetime"));
  }

  private static LocalDate isoDate(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
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
