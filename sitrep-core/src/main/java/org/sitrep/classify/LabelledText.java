package org.sitrep.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    List<LabelledText> out = new ArrayList<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = lines.readLine()) != null) {
      n++;
      if (n == 1 || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
        throw new IllegalArgumentException(file + ":" + n + ": expected 'label<TAB>text'");
      }
      out.add(new LabelledText(f[0].strip(), f[1].strip()));
    }
    return out;
  }
}
