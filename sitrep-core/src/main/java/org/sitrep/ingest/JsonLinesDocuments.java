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
  /** The longest line read: a page's JSON, with the page-size limit's room for escapes. */
  static final int MAX_LINE_CHARS = (int) (DocumentSource.MAX_PAGE_BYTES + (DocumentSource.MAX_PAGE_BYTES >> 2));

  private JsonLinesDocuments() {
  }

  static void read(InputStream in, String location, Consumer<InputDocument> sink, Consumer<IngestException> lineErrors)
      throws IngestException {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      BoundedLine line = new BoundedLine(MAX_LINE_CHARS);
      int number = 0;
      while (line.next(lines)) {
        number++;
        String where = location + ":" + number;
        if (line.overLimit()) {
          lineErrors.accept(new IngestException(where, IngestException.Problem.TOO_LARGE,
              "a line of over " + MAX_LINE_CHARS + " characters; skipped unread"));
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        try {
          JsonNode n = JSON.readTree(line.text());
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

  /**
   * One line at a time, held only up to a limit: a longer line (a decompression bomb with no newline in
   * it, say) is skipped to its end without being kept, where {@code readLine} would hold all of it.
   */
  static final class BoundedLine {
    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean over;

    BoundedLine(int limit) {
      this.limit = limit;
    }

    /** Reads the next line; false at the end of input. */
    boolean next(java.io.Reader in) throws IOException {
      text.setLength(0);
      over = false;
      int c = in.read();
      if (c < 0) {
        return false;
      }
      while (c >= 0 && c != '\n') {
        if (text.length() < limit) {
          text.append((char) c);
        } else {
          over = true;
        }
        c = in.read();
      }
      if (!over && text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
        text.setLength(text.length() - 1);
      }
      return true;
    }

    boolean overLimit() {
      return over;
    }

    String text() {
      return text.toString();
    }
  }
}
