package org.sitrep.coding;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.domain.EventType;

/**
 * CAMEO codes mapped to ACLED event and sub-event types, from the team's {@code cameo-acled.tsv} (and
 * users' files of the same form): the longest matching code prefix wins. Used for events coded
 * elsewhere in CAMEO, such as GDELT's.
 */
public final class CameoMapping {
  private static final String BUILT_IN = "cameo-acled.tsv";
  private final Map<String, EventType> byPrefix;

  private CameoMapping(Map<String, EventType> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  /** The team's mapping, with each user file's lines added over it (a user line replaces a built-in one). */
  public static CameoMapping load(Path... userFiles) {
    Map<String, EventType> map = new HashMap<>();
    try (Reader in = new InputStreamReader(CameoMapping.class.getResourceAsStream(BUILT_IN), StandardCharsets.UTF_8)) {
      read(in, BUILT_IN, map);
      for (Path f : userFiles) {
        try (Reader user = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          read(user, f.toString(), map);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CameoMapping(map);
  }

  private static void read(Reader reader, String file, Map<String, EventType> map) throws IOException {
    for (org.sitrep.data.DataFile.Row row : org.sitrep.data.DataFile.tsvRows(reader, file)) {
      String[] f = row.fields();
      if (f.length != 4 || !f[0].matches("\\d{2,4}") || f[1].isBlank() || f[2].isBlank() || f[3].isBlank()) {
        throw row.invalid(
            "expected 4 tab-separated fields: CAMEO code (2-4 digits), ACLED event type, sub-event type, Sitrep key");
      }
      map.put(f[0], new EventType(f[3], f[0], f[1], f[2]));
    }
  }

  /** The ACLED type of a CAMEO code, with the code itself kept; empty when ACLED records no such event. */
  public Optional<EventType> acledTypeOf(String cameo) {
    for (int len = Math.min(4, cameo.length()); len >= 2; len--) {
      EventType t = byPrefix.get(cameo.substring(0, len));
      if (t != null) {
        return Optional.of(new EventType(t.key(), cameo, t.acledType(), t.acledSubType()));
      }
    }
    return Optional.empty();
  }
}
