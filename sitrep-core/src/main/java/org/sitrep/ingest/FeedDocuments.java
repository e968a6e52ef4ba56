package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Items of an RSS or Atom feed (Rome). Each item with text becomes one document: its full content
 * (content:encoded, Atom content) or else its description, with the item's link, date and the feed's
 * title as source. The XML parser refuses DTDs, so an entity can never pull in a local file or URL (XXE).
 */
public final class FeedDocuments {
  private FeedDocuments() {
  }

  static void read(byte[] bytes, String location, Consumer<InputDocument> sink) throws IngestException {
    for (FeedItem item : items(bytes, location)) {
      if (item.document() != null) {
        sink.accept(item.document());
      }
    }
  }

  /**
   * One item of a feed: the key that names it across polls (its guid, else its link, else its title),
   * its link, and the document made of its content (null when it carries no text).
   */
  public record FeedItem(String key, String link, InputDocument document) {
  }

  /** The items of a feed, in the feed's order. */
  public static java.util.List<FeedItem> items(byte[] bytes, String location) throws IngestException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException(location, IngestException.Problem.MALFORMED,
          "not a readable RSS/Atom feed (" + e.getMessage() + "); DTDs and external entities are refused");
    }
    java.util.List<FeedItem> items = new java.util.ArrayList<>();
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
      String key = firstNonBlank(entry.getUri(), entry.getLink(), entry.getTitle(), location + "#item" + index);
      String html = null;
      for (SyndContent c : entry.getContents()) {
        if (c.getValue() != null && !c.getValue().isBlank()) {
          html = c.getValue();
        }
      }
      if (html == null && entry.getDescription() != null) {
        html = entry.getDescription().getValue();
      }
      if (html == null || html.isBlank()) {
        items.add(new FeedItem(key, entry.getLink(), null));
        continue;
      }
      String title = entry.getTitle() == null ? "" : entry.getTitle();
      String page = "<html><head><title>" + org.jsoup.nodes.Entities.escape(title) + "</title></head><body><article>"
          + html + "</article></body></html>";
      LocalDate published = entry.getPublishedDate() == null ? null
          : entry.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      items.add(new FeedItem(key, entry.getLink(), new InputDocument(location + "#item" + index,
          page.getBytes(StandardCharsets.UTF_8),
          new InputDocument.Hints(entry.getLink(), "UTF-8", published, feed.getTitle(), false))));
    }
    return items;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  /** Whether bytes look like a feed: an XML document whose root is rss, feed or RDF. */
  static boolean looksLikeFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    return head.matches("(?s)\\s*(<\\?xml[^>]*>)?\\s*(<!--.*?-->\\s*)*(<!DOCTYPE[^>]*>\\s*)?<(rss|feed|rdf:RDF)[\\s>].*");
  }

}
