package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's publication date, from the places publishers put it: {@link #of}. */
final class PublicationDates {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private PublicationDates() {
  }

  /**
   * The publication date, from the places publishers put it, surest first: meta tags (OpenGraph,
   * Dublin Core, schema.org microdata), JSON-LD (parsed, else found by pattern when the JSON is
   * malformed), {@code <time datetime>}, fields named for publishing, the URL (/2019/11/18/,
   * /2019/nov/18/, -20191118), and last a date written out near the top of the page ("Nov. 18, 2019").
   */
  static LocalDate of(Document doc, List<JsonNode> linkedData) {
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
      LocalDate d = isoDate(HtmlArticleExtractor.meta(doc, key));
      if (d != null) {
        return d;
      }
    }
    for (Element e : doc.select("[itemprop~=(?i)datePublished|dateCreated]")) {
      LocalDate d = isoDate(HtmlArticleExtractor.firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
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
      LocalDate d = isoDate(HtmlArticleExtractor.firstNonBlank(e.attr("value"), e.attr("content"), e.attr("datetime")));
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
}
