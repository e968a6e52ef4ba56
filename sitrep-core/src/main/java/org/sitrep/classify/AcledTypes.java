package org.sitrep.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.DataFile;
import org.sitrep.domain.EventType;

/**
 * ACLED's 25 sub-event types, each with the label the CASE 2021 shared task gave it, its CAMEO code and
 * its PLOVER type: the bundled {@code acled-types.tsv}. Labels outside it (ORG_CRIME, DIPLO, ...) name
 * reports ACLED does not code.
 */
public final class AcledTypes {
  private static final String RESOURCE = "/org/sitrep/coding/acled-types.tsv";
  /** Reports that are not events at all: crime, disasters, diplomacy, a claim alone, nothing happened. */
  public static final Set<String> NOT_EVENTS = Set.of("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO",
      "ATTRIB", "NONE");

  /** One sub-event type. */
  public record Type(String label, EventType eventType, String plover) {
    /** Whether {@code other} is this sub-event type. */
    public boolean is(EventType other) {
      return eventType.acledSubType().equals(other.acledSubType());
    }
  }

  private final Map<String, Type> byLabel;
  private final Map<String, String> labelBySubType;

  private AcledTypes(Map<String, Type> byLabel) {
    this.byLabel = Map.copyOf(byLabel);
    Map<String, String> bySub = new LinkedHashMap<>();
    byLabel.values().forEach(t -> bySub.put(t.eventType().acledSubType(), t.label()));
    this.labelBySubType = Map.copyOf(bySub);
  }

  public static AcledTypes bundled() {
    try (InputStream in = AcledTypes.class.getResourceAsStream(RESOURCE)) {
      Map<String, Type> types = new LinkedHashMap<>();
      for (DataFile.Row row : DataFile.tsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), "acled-types.tsv")) {
        String[] f = row.fields();
        if (f[0].equals("label")) {
          continue; // the header
        }
        if (f.length != 6) {
          throw row.invalid("expected 6 tab-separated fields (label, ACLED type, sub-event type, CAMEO, PLOVER, key), found " + f.length);
        }
        if (types.put(f[0], new Type(f[0], new EventType(f[5], f[3], f[1], f[2]), f[4])) != null) {
          throw row.invalid("label " + f[0] + " given twice");
        }
      }
      return new AcledTypes(types);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The type of a label, or null for a label that names no ACLED event. */
  public Type ofLabel(String label) {
    return byLabel.get(label);
  }

  /** The label of an ACLED sub-event type name ("Armed clash"), or null. */
  public String labelOf(String subEventType) {
    return labelBySubType.get(subEventType);
  }

  public Set<String> labels() {
    return byLabel.keySet();
  }

  /** Every label a labelled snippet may carry: the ACLED types' and the kinds of {@link #NOT_EVENTS}. */
  public Set<String> labelsWithNonEvents() {
    Set<String> all = new java.util.TreeSet<>(byLabel.keySet());
    all.addAll(NOT_EVENTS);
    return java.util.Collections.unmodifiableSet(all);
  }
}
