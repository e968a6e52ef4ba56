package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.domain.Place;
import org.sitrep.store.StoredEvent;

/**
 * Writes events as CSV (RFC 4180), JSON, JSON lines, GeoJSON (RFC 7946), Parquet, or an aligned text
 * table for people. Every format carries the same columns ({@link EventColumns}).
 */
public final class EventWriters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventWriters() {
  }

  /** The export formats, with their media types. */
  public enum Format {
    CSV, JSON, JSONL, GEOJSON, PARQUET, TABLE;

    public String mediaType() {
      return switch (this) {
        case CSV -> "text/csv; charset=utf-8";
        case JSON -> "application/json";
        case JSONL -> "application/x-ndjson";
        case GEOJSON -> "application/geo+json";
        case PARQUET -> "application/vnd.apache.parquet";
        case TABLE -> "text/plain; charset=utf-8";
      };
    }

    public String extension() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Writes events in a format to a stream, as they are read: the one place a format picks its writer
   * (the CLI and the server both export through it). Parquet goes through a temporary file, since
   * DuckDB writes Parquet to files. The stream is flushed, not closed.
   */
  public static void write(Format format, Iterable<StoredEvent> events, java.io.OutputStream out)
      throws IOException, SQLException {
    if (format == Format.PARQUET) {
      Path tmp = java.nio.file.Files.createTempFile("sitrep-export", ".parquet");
      try {
        parquet(events, tmp);
        java.nio.file.Files.copy(tmp, out);
        out.flush();
      } finally {
        java.nio.file.Files.deleteIfExists(tmp);
      }
      return;
    }
    PrintWriter writer = new PrintWriter(new java.io.BufferedWriter(
        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
    switch (format) {
      case CSV -> csv(events, writer);
      case JSON -> json(events, writer);
      case JSONL -> jsonLines(events, writer);
      case GEOJSON -> geoJson(events, writer);
      default -> {
        List<StoredEvent> all = new ArrayList<>();
        events.forEach(all::add); // a table aligns its columns over every row: it is for a screenful
        table(all, writer);
      }
    }
    writer.flush();
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d{1,30}+(?:\\.\\d{1,30}+)?+");

  public static void csv(Iterable<StoredEvent> events, PrintWriter out) {
    List<String> header = new ArrayList<>();
    EventColumns.ALL.forEach(c -> header.add(c.name()));
    out.print(String.join(",", header) + "\r\n");
    for (StoredEvent e : events) {
      List<String> cells = new ArrayList<>();
      for (EventColumns.Column c : EventColumns.ALL) {
        cells.add(csvCell(EventColumns.text(c, e)));
      }
      out.print(String.join(",", cells) + "\r\n");
    }
    out.flush();
  }

  /**
   * One CSV cell, quoted as RFC 4180 asks. A cell a spreadsheet would run as a formula (text from a page
   * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is
   * neutralised with a leading apostrophe, as OWASP advises; a number such as a negative longitude
   * stays a number.
   */
  public static String csvCell(String v) {
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /** A JSON array of the events' columns, written as it is read (an array of a million is never held). */
  public static void json(Iterable<StoredEvent> events, PrintWriter out) throws IOException {
    com.fasterxml.jackson.databind.ObjectWriter pretty = JSON.writerWithDefaultPrettyPrinter();
    out.print("[");
    String separator = "\n";
    for (StoredEvent e : events) {
      out.print(separator);
      out.print(pretty.writeValueAsString(EventColumns.asMap(e)));
      separator = ",\n";
    }
    out.println(separator.equals("\n") ? "]" : "\n]");
    out.flush();
  }

  public static void jsonLines(Iterable<StoredEvent> events, PrintWriter out) throws IOException {
    for (StoredEvent e : events) {
      out.println(JSON.writeValueAsString(EventColumns.asMap(e)));
    }
    out.flush();
  }

  /**
   * A GeoJSON FeatureCollection: a Point feature per event (longitude first, as RFC 7946 orders them),
   * its columns as properties; an event without a place has a null geometry, as the RFC allows.
   */
  public static void geoJson(Iterable<StoredEvent> events, PrintWriter out) throws IOException {
    out.print("{\"type\":\"FeatureCollection\",\"features\":[");
    boolean first = true;
    for (StoredEvent e : events) {
      ObjectNode feature = JSON.createObjectNode().put("type", "Feature").put("id", e.event().id());
      Place p = e.event().place();
      if (p == null) {
        feature.putNull("geometry");
      } else {
        feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(p.longitude()).add(p.latitude());
      }
      feature.set("properties", JSON.valueToTree(EventColumns.asMap(e)));
      out.print(first ? "" : ",");
      out.print(JSON.writeValueAsString(feature));
      first = false;
    }
    out.println("]}");
    out.flush();
  }

  /**
   * Apache Parquet, written by a scratch DuckDB database beside the output (its Parquet writer is built
   * in, no extension to download), with typed columns: dates as DATE, coordinates as DOUBLE, codes and
   * counts as integers. The scratch database is a file, not memory, so a million events are not held.
   */
  public static void parquet(Iterable<StoredEvent> events, Path file) throws SQLException {
    Path scratch;
    try {
      scratch = java.nio.file.Files.createTempDirectory("sitrep-parquet");
    } catch (IOException e) {
      throw new SQLException("no scratch directory for the Parquet export: " + e.getMessage(), e);
    }
    try {
      parquet(events, file, scratch.resolve("events.duckdb"));
    } finally {
      try (var files = java.nio.file.Files.list(scratch)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          java.nio.file.Files.deleteIfExists(f);
        }
        java.nio.file.Files.deleteIfExists(scratch);
      } catch (IOException e) {
        // a scratch file left in the temporary directory; the export itself is whole
      }
    }
  }

  private static void parquet(Iterable<StoredEvent> events, Path file, Path scratch) throws SQLException {
    List<String> columns = new ArrayList<>();
    EventColumns.ALL.forEach(c -> columns.add(c.name() + " " + c.type().name()));
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + scratch); Statement st = db.createStatement()) {
      st.execute("CREATE TABLE events (" + String.join(", ", columns) + ")");
      try (DuckDBAppender appender = db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "events")) {
        for (StoredEvent e : events) {
          appender.beginRow();
          for (EventColumns.Column c : EventColumns.ALL) {
            Object v = c.value().apply(e);
            if (v == null || v instanceof String s && s.isEmpty() && c.type() != EventColumns.Type.VARCHAR) {
              appender.appendNull();
            } else {
              switch (c.type()) {
                case DATE -> appender.append((LocalDate) v);
                case INTEGER -> appender.append(((Number) v).intValue());
                case BIGINT -> appender.append(((Number) v).longValue());
                case DOUBLE -> appender.append(((Number) v).doubleValue());
                default -> appender.append(v.toString());
              }
            }
          }
          appender.endRow();
        }
      }
      // COPY takes no parameters: the path is quoted as an SQL string literal
      st.execute("COPY events TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
    }
  }

  /** The columns a person scans first, aligned; the full record is in CSV and JSON. */
  public static void table(List<StoredEvent> events, PrintWriter out) {
    String[] names = {"event_date", "date_precision", "sub_event_type", "actor1", "actor2", "location", "admin1",
        "iso2", "place_precision", "fatalities", "reports"};
    List<EventColumns.Column> cols = new ArrayList<>();
    for (String n : names) {
      EventColumns.ALL.stream().filter(c -> c.name().equals(n)).findFirst().ifPresent(cols::add);
    }
    int[] width = new int[cols.size()];
    List<String[]> rows = new ArrayList<>();
    String[] head = new String[cols.size()];
    for (int i = 0; i < cols.size(); i++) {
      head[i] = cols.get(i).name();
      width[i] = head[i].length();
    }
    rows.add(head);
    for (StoredEvent e : events) {
      String[] row = new String[cols.size()];
      for (int i = 0; i < cols.size(); i++) {
        String v = EventColumns.text(cols.get(i), e);
        row[i] = v.length() > 34 ? v.substring(0, 33) + "…" : v;
        width[i] = Math.max(width[i], row[i].length());
      }
      rows.add(row);
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(String.format("%-" + width[i] + "s", row[i]));
        if (i < row.length - 1) {
          line.append("  ");
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(events.size() + " event" + (events.size() == 1 ? "" : "s"));
    out.flush();
  }
}
