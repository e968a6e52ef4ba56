package org.sitrep.coding;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO ontology from the team's {@code cameo-ontology.tsv}: for a CAMEO code, its name, QuadClass,
 * Goldstein weight and PLOVER type, by the longest listed prefix of the code. Every event Sitrep codes
 * carries a CAMEO code, so every event has all three, as GDELT and Phoenix records do.
 */
public final class CameoOntology {
  private static final String FILE = "cameo-ontology.tsv";
  private static final CameoOntology BUILT_IN = load();

  /** What CAMEO says of a code. */
  public record Entry(String code, String name, int quadClass, double goldstein, String plover) {
  }

  private final Map<String, Entry> byCode;

  private CameoOntology(Map<String, Entry> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static CameoOntology builtIn() {
    return BUILT_IN;
  }

  /** The entry of the longest listed prefix of a code ("1831" → 1831, "1833" → 183); empty if not even its root is listed. */
  public Optional<Entry> of(String cameo) {
    if (cameo == null) {
      return Optional.empty();
    }
    for (int n = cameo.length(); n >= 2; n--) {
      Entry e = byCode.get(cameo.substring(0, n));
      if (e != null) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static CameoOntology load() {
    Map<String, Entry> map = new HashMap<>();
    try (var in = new InputStreamReader(CameoOntology.class.getResourceAsStream(FILE), StandardCharsets.UTF_8)) {
      for (org.sitrep.data.DataFile.Row row : org.sitrep.data.DataFile.tsvRows(in, FILE)) {
        String[] f = row.fields();
        if (f.length != 5 || !f[0].matches("\\d{2,4}") || !f[2].matches("[1-4]")) {
          throw row.invalid("expected 5 tab-separated fields: code (2-4 digits), name, quad class (1-4), Goldstein,"
              + " PLOVER type");
        }
        map.put(f[0], new Entry(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CameoOntology(map);
  }
}
