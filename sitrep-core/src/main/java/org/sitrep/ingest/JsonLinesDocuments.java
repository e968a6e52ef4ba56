package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * JSON lines as scrapers export them, one page per line: {@code {"url", "html" | "text", "published"?,
 * "source"?}}. A bad line is one error naming the file and line; the lines after it are read.
 */
final class JsonLinesDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesDocuments() {
  }

  static void read(InputStream in, String location, Consumer<InputDocument> sink, Consumer<IngestException> lineErrors)
      throws IngestException {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = location + ":" + number;
        try {
          JsonNode n = JSON.readTree(line);
          String html = n.path("html").asText("");
          String text = n.path("text").asText("");
          if (html.isEmpty() && text.isEmpty()) {
            throw new IngestException(where, IngestException.Problem.NO_TEXT, "the line has neither \"html\" nor \"text\"");
          }
          LocalDate published = null;
          String date = n.path("published").asText("");
          if (date.length() >= 10) {
            published = LocalDate.parse(date.substring(0, 10));
          }
          String url = n.path("url").asText(null);
          boolean plain = html.isEmpty();
          sink.accept(new InputDocument(where, (plain ? text : html).getBytes(StandardCharsets.UTF_8),
              new InputDocument.Hints(url, "UTF-8", published, n.path("source").asText(null), plain)));
        } catch (IOException | DateTimeParseException e) {
          lineErrors.accept(new IngestException(where, IngestException.Problem.MALFORMED, "not a JSON object of a page ("
              + e.getMessage().lines().findFirst().orElse("") + ")"));
        } catch (IngestException e) {
          lineErrors.accept(e);
        }
      }
    } catch (IOException e) {
      throw new IngestException(location, IngestException.Problem.UNREADABLE, e.getMessage());
    }
  }
}
