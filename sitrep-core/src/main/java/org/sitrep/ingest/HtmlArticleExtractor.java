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
final class HtmlArticleExtractor {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final String NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, "
      + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .share, .social, .related, "
      + ".comments, .cookie, .newsletter, .advertisement, .ad";
  private static final ObjectMapper JSON = new ObjectMapper();

  record Extracted(String title, LocalDate published, String siteName, List<String> paragraphs, List<String> captions) {
  }

  Extracted extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    String title = firstNonBlank(meta(doc, "og:title"), doc.title(), text(doc.selectFirst("h1")));
    LocalDate published = publishedDate(doc);
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
    Element container = firstNonNull(doc.selectFirst("article"), doc.selectFirst("[itemprop=articleBody]"),
        doc.selectFirst("main"), doc.body());
    Set<String> paragraphs = new LinkedHashSet<>();
    Elements blocks = container == null ? new Elements() : container.select("p, h2, h3, blockquote, li");
    for (Element p : blocks) {
      if (p.tagName().equals("li") && p.selectFirst("a") != null && p.text().length() < 120) {
        continue; // link lists: menus and related stories
      }
      String t = p.text().strip();
      if (!t.isEmpty() && !ScrapedTextCleaner.isDebris(t) && !captions.contains(t)) {
        paragraphs.add(t);
      }
    }
    if (paragraphs.isEmpty() && container != null) {
      // No paragraph markup: treat the container's text as scraped text.
      paragraphs.addAll(ScrapedTextCleaner.clean(container.wholeText()).paragraphs());
    }
    return new Extracted(title, published, site, List.copyOf(paragraphs), captions);
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
