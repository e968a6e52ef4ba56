package org.sitrep.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.domain.Actor;
import org.sitrep.domain.Place;
import org.sitrep.store.StoredEvent;

/**
 * The columns every event export has, named as ACLED names them where ACLED has the field
 * (event_date, time_precision, event_type, sub_event_type, actor1, inter1, ..., geo_precision, notes,
 * fatalities), with Sitrep's own additions after (CAMEO code, gazetteer id, evidence offsets).
 */
public final class EventColumns {
  /** One column: its name and how to read it off an event. Values are strings; empty means unknown. */
  public record Column(String name, Function<StoredEvent, Object> value) {
  }

  public static final List<Column> ALL = List.of(
      col("event_id", e -> e.event().id()),
      col("event_date", e -> e.event().date().date()),
      col("time_precision", e -> e.event().date().precision().acledCode()),
      col("date_precision", e -> e.event().date().precision().name().toLowerCase(Locale.ROOT)),
      col("date_source", e -> e.event().date().source().name().toLowerCase(Locale.ROOT)),
      col("event_type", e -> e.event().type().acledType()),
      col("sub_event_type", e -> e.event().type().acledSubType()),
      col("cameo_code", e -> e.event().type().cameo()),
      col("sitrep_type", e -> e.event().type().key()),
      col("actor1", e -> name(e.event().actor1())),
      col("inter1", e -> inter(e.event().actor1())),
      col("actor2", e -> name(e.event().actor2())),
      col("inter2", e -> inter(e.event().actor2())),
      col("country", e -> countryName(e.event().place())),
      col("iso2", e -> place(e, Place::country)),
      col("admin1", e -> place(e, Place::admin1)),
      col("admin2", e -> place(e, Place::admin2)),
      col("location", e -> place(e, Place::name)),
      col("latitude", e -> place(e, Place::latitude)),
      col("longitude", e -> place(e, Place::longitude)),
      col("geo_precision", e -> place(e, p -> p.precision().acledCode())),
      col("place_precision", e -> place(e, p -> p.precision().name().toLowerCase(Locale.ROOT))),
      col("gazetteer_id", e -> place(e, Place::gazetteerId)),
      col("fatalities", e -> e.event().fatalities() < 0 ? "" : e.event().fatalities()),
      col("source", StoredEvent::source),
      col("reports", StoredEvent::reports),
      col("source_url", StoredEvent::articleLocation),
      col("notes", e -> e.event().evidence().sentence()),
      col("sentence_start", e -> e.event().evidence().start()),
      col("sentence_end", e -> e.event().evidence().end()),
      col("article_id", e -> e.event().articleId()),
      col("origin", StoredEvent::origin));

  private EventColumns() {
  }

  private static Column col(String name, Function<StoredEvent, Object> value) {
    return new Column(name, value);
  }

  /** The event as an ordered map of column name to value (null for unknown), for JSON. */
  public static Map<String, Object> asMap(StoredEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Column c : ALL) {
      Object v = c.value().apply(e);
      m.put(c.name(), v instanceof String s && s.isEmpty() ? null : v instanceof java.time.LocalDate d ? d.toString() : v);
    }
    return m;
  }

  public static String text(Column c, StoredEvent e) {
    Object v = c.value().apply(e);
    return v == null ? "" : v.toString();
  }

  private static Object place(StoredEvent e, Function<Place, Object> f) {
    Place p = e.event().place();
    return p == null ? "" : f.apply(p);
  }

  private static String name(Actor a) {
    return a == null ? "" : a.name();
  }

  private static Object inter(Actor a) {
    return a == null ? "" : a.type().interCode();
  }

  private static String countryName(Place p) {
    if (p == null || p.country().isEmpty()) {
      return "";
    }
    return new Locale("", p.country()).getDisplayCountry(Locale.ENGLISH);
  }
}
