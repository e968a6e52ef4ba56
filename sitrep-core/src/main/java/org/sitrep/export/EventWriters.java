package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.StoredEvent;

/** Writes events as CSV (RFC 4180), JSON, JSON lines, or an aligned text table for people. */
public final class EventWriters {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventWriters() {
  }

  public static void csv(List<StoredEvent> events, PrintWriter out) {
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

  public static String csvCell(String v) {
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  public static void json(List<StoredEvent> events, PrintWriter out) throws IOException {
    List<Object> rows = new ArrayList<>();
    events.forEach(e -> rows.add(EventColumns.asMap(e)));
    out.println(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    out.flush();
  }

  public static void jsonLines(List<StoredEvent> events, PrintWriter out) throws IOException {
    for (StoredEvent e : events) {
      out.println(JSON.writeValueAsString(EventColumns.asMap(e)));
    }
    out.flush();
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
