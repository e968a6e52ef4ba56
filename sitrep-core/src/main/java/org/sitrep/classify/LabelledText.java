package org.sitrep.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.data.DataFile;

/** A text and the event-type label it was given. */
public record LabelledText(String label, String text) {
  private static final String TEAM_DATA = "/org/sitrep/coding/training/event-types.tsv";

  /** The team's own training snippets (written by the team, none taken from an evaluation set). */
  public static List<LabelledText> teamData() {
    try (InputStream in = LabelledText.class.getResourceAsStream(TEAM_DATA)) {
      return read(in, "event-types.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads "label TAB text" lines after a header; a malformed line is an error naming file:line. */
  public static List<LabelledText> read(InputStream in, String file) throws IOException {
    return read(in, file, null);
  }

  /** As {@link #read(InputStream, String)}, and a label outside {@code known} (unless null) is an error too. */
  public static List<LabelledText> read(InputStream in, String file, java.util.Set<String> known) throws IOException {
    List<LabelledText> out = new ArrayList<>();
    List<DataFile.Row> rows = DataFile.tsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), file);
    for (DataFile.Row row : rows.subList(Math.min(1, rows.size()), rows.size())) { // after the header
      String[] f = row.fields();
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw row.invalid("expected 'label<TAB>text'");
      }
      if (known != null && !known.contains(f[0].strip())) {
        throw row.invalid("unknown label '" + f[0].strip() + "' (expected one of " + known + ")");
      }
      out.add(new LabelledText(f[0].strip(), f[1].strip()));
    }
    return out;
  }
}
