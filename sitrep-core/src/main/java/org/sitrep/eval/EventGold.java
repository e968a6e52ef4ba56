package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.domain.Article;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.InputDocument;
import org.sitrep.ingest.ReadOptions;

/**
 * The team's event gold set: the events that political-violence articles of the shared data report,
 * annotated by hand (guidelines in {@code docs/event-annotation.md}). The gold file holds only
 * references: each document by its data set and id, each event by character offsets of its sentence in
 * that document's text, so no article text is copied. The texts are read from the shared data at
 * evaluation time, and each sentence is found again in the article body Sitrep builds from them.
 */
public record EventGold(List<Doc> docs, List<GoldEvent> events) {

  /** An annotated article as Sitrep reads it, with the text the gold offsets refer to. */
  public record Doc(String id, Article article, String sourceText) {
  }

  /**
   * One event as the annotator coded it.
   *
   * @param doc          document id
   * @param start        first character of the supporting sentence in the document's text
   * @param end          one past its last character
   * @param bodyStart    the same sentence's start in the article body, or -1 if it is not in the body
   * @param eventType    ACLED event type
   * @param subEventType ACLED sub-event type
   * @param date         event date (the first day of its month when only the month is known); null where
   *                     the text gives none
   * @param precision    day or month
   * @param location     place name as the annotator resolved it, with its coordinates
   * @param actor1       as the actor registry names it; empty if the text does not say
   * @param fatalities   number killed, -1 where the text does not say
   */
  public record GoldEvent(String doc, int start, int end, int bodyStart, int bodyEnd, String eventType,
                          String subEventType, LocalDate date, org.sitrep.domain.DatePrecision precision,
                          String location, double lat, double lon,
                          String actor1, String actor2, int fatalities) {
  }

  /** Reads the gold file and the documents it names, below {@code shared} (the shared data folder). */
  public static EventGold read(Path goldFile, Path shared) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(goldFile.toFile());
    Map<String, Doc> docs = new HashMap<>();
    List<Doc> ordered = new ArrayList<>();
    Map<Path, GeoDataset> datasets = new HashMap<>();
    for (JsonNode d : root.path("documents")) {
      String id = d.path("id").asText();
      LocalDate published = LocalDate.parse(d.path("published").asText());
      Doc doc;
      if (d.has("file")) {
        Path file = shared.resolve(d.path("file").asText());
        byte[] bytes = Files.readAllBytes(file);
        try {
          Article a = new ArticleReader().read(new InputDocument(file.toString(), bytes),
              new ReadOptions(published, d.path("source").asText(null)));
          doc = new Doc(id, a, new String(bytes, StandardCharsets.UTF_8));
        } catch (IngestException e) {
          throw new IOException(goldFile + ": document " + id + ": " + e.getMessage(), e);
        }
      } else {
        Path path = shared.resolve(d.path("dataset").asText());
        GeoDataset data = datasets.get(path);
        if (data == null) {
          data = GeoDataset.read(path);
          datasets.put(path, data);
        }
        String docid = d.path("docid").asText();
        GeoDataset.Doc g = data.docs().stream().filter(x -> x.id().equals(docid)).findFirst()
            .orElseThrow(() -> new IOException(goldFile + ": no document " + docid + " in " + path));
        // the data sets break paragraphs with one newline, and some wrap lines, indenting the next;
        // Sitrep's bodies break paragraphs with a blank line
        String body = g.text().strip().replaceAll("[ \\t]*\n[ \\t]{2,}", " ").replaceAll("\\s*\n\\s*", "\n\n");
        doc = new Doc(id, new Article(ArticleReader.articleId(id, body), d.path("source").asText(g.domain()), id,
            d.path("title").asText(""), published, body, List.of()), g.text());
      }
      docs.put(id, doc);
      ordered.add(doc);
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      String docId = e.path("doc").asText();
      Doc doc = docs.get(docId);
      if (doc == null) {
        throw new IOException(goldFile + ": event names unknown document " + docId);
      }
      int start = e.path("sentence").path(0).asInt();
      int end = e.path("sentence").path(1).asInt();
      if (start < 0 || end > doc.sourceText().length() || start >= end) {
        throw new IOException(goldFile + ": sentence [" + start + ", " + end + "] outside document " + docId);
      }
      int[] inBody = find(doc.article().body(), doc.sourceText().substring(start, end));
      String date = e.path("date").asText("");
      events.add(new GoldEvent(docId, start, end, inBody[0], inBody[1], e.path("event_type").asText(),
          e.path("sub_event_type").asText(), date.isEmpty() ? null
          : date.length() == 7 ? java.time.YearMonth.parse(date).atDay(1) : LocalDate.parse(date),
          date.length() == 7 ? org.sitrep.domain.DatePrecision.MONTH : org.sitrep.domain.DatePrecision.DAY,
          e.path("location").asText(""), e.path("lat").asDouble(Double.NaN), e.path("lon").asDouble(Double.NaN),
          e.path("actor1").asText(""), e.path("actor2").asText(""), e.path("fatalities").asInt(-1)));
    }
    return new EventGold(List.copyOf(ordered), List.copyOf(events));
  }

  /** Where a sentence stands in a body whose white space may differ: [start, end), or [-1, -1]. */
  static int[] find(String body, String sentence) {
    String[] words = sentence.strip().split("\\s+");
    StringBuilder pattern = new StringBuilder();
    for (String w : words) {
      pattern.append(pattern.length() == 0 ? "" : "\\s+").append(java.util.regex.Pattern.quote(w));
    }
    var m = java.util.regex.Pattern.compile(pattern.toString()).matcher(body);
    return m.find() ? new int[] {m.start(), m.end()} : new int[] {-1, -1};
  }
}
