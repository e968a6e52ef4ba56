package org.sitrep.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A streaming RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks. */
public final class Csv {
  private final Reader in;
  private int lineNumber = 1;

  public Csv(Reader in) {
    this.in = in;
  }

  /** The line the next record starts on. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The next record, or null at the end. */
  public List<String> next() throws IOException {
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      any = true;
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int d = in.read();
          if (d == '"') {
            cell.append('"');
          } else {
            quoted = false;
            if (d != -1) {
              in.reset();
            }
          }
        } else {
          if (c == '\n') {
            lineNumber++;
          }
          cell.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        lineNumber++;
        record.add(cell.toString());
        return record;
      } else if (c != '\r') {
        cell.append((char) c);
      }
    }
    if (!any) {
      return null;
    }
    record.add(cell.toString());
    return record;
  }
}
