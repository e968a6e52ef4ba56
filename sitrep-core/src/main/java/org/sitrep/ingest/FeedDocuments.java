package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
final class FeedDocuments {
  private FeedDocuments() {
  }

  static void read(byte[] bytes, String location, Consumer<InputDocument> sink) throws IngestException {
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
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
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
        continue;
      }
      String title = entry.getTitle() == null ? "" : entry.getTitle();
      String page = "<html><head><title>" + org.jsoup.nodes.Entities.escape(title) + "</title></head><body><article>"
          + html + "</article></body></html>";
      LocalDate published = entry.getPublishedDate() == null ? null
          : entry.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      sink.accept(new InputDocument(location + "#item" + index, page.getBytes(StandardCharsets.UTF_8),
          new InputDocument.Hints(entry.getLink(), "UTF-8", published, feed.getTitle(), false)));
    }
  }

  /** Whether bytes look like a feed: an XML document whose root is rss, feed or RDF. */
  static boolean looksLikeFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    return head.matches("(?s)\\s*(<\\?xml[^>]*>)?\\s*(<!--.*?-->\\s*)*(<!DOCTYPE[^>]*>\\s*)?<(rss|feed|rdf:RDF)[\\s>].*");
  }

}
