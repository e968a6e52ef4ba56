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
  /** Column types, for typed formats (Parquet): the SQL type a column's values take. */
  public enum Type { VARCHAR, DATE, INTEGER, BIGINT, DOUBLE }

  /** One column: its name, type and how to read it off an event. Empty strings mean unknown. */
  public record Column(String name, Type type, Function<StoredEvent, Object> value) {
  }

  public static final List<Column> ALL = List.of(
      col("event_id", Type.VARCHAR, e -> e.event().id()),
      col("event_date", Type.DATE, e -> e.event().date().date()),
      col("time_precision", Type.INTEGER, e -> e.event().date().precision().acledCode()),
      col("date_precision", Type.VARCHAR, e -> e.event().date().precision().name().toLowerCase(Locale.ROOT)),
      col("date_source", Type.VARCHAR, e -> e.event().date().source().name().toLowerCase(Locale.ROOT)),
      col("event_type", Type.VARCHAR, e -> e.event().type().acledType()),
      col("sub_event_type", Type.VARCHAR, e -> e.event().type().acledSubType()),
      col("cameo_code", Type.VARCHAR, e -> e.event().type().cameo()),
      col("quad_class", Type.INTEGER, e -> cameo(e).map(c -> (Object) c.quadClass()).orElse("")),
      col("goldstein", Type.DOUBLE, e -> cameo(e).map(c -> (Object) c.goldstein()).orElse("")),
      col("plover_type", Type.VARCHAR, e -> cameo(e).map(c -> (Object) c.plover()).orElse("")),
      col("sitrep_type", Type.VARCHAR, e -> e.event().type().key()),
      col("actor1", Type.VARCHAR, e -> name(e.event().actor1())),
      col("inter1", Type.INTEGER, e -> inter(e.event().actor1())),
      col("actor2", Type.VARCHAR, e -> name(e.event().actor2())),
      col("inter2", Type.INTEGER, e -> inter(e.event().actor2())),
      col("country", Type.VARCHAR, e -> countryName(e.event().place())),
      col("iso2", Type.VARCHAR, e -> place(e, Place::country)),
      col("admin1", Type.VARCHAR, e -> place(e, Place::admin1)),
      col("admin2", Type.VARCHAR, e -> place(e, Place::admin2)),
      col("location", Type.VARCHAR, e -> place(e, Place::name)),
      col("latitude", Type.DOUBLE, e -> place(e, Place::latitude)),
      col("longitude", Type.DOUBLE, e -> place(e, Place::longitude)),
      col("geo_precision", Type.INTEGER, e -> place(e, p -> p.precision().acledCode())),
      col("place_precision", Type.VARCHAR, e -> place(e, p -> p.precision().name().toLowerCase(Locale.ROOT))),
      col("gazetteer_id", Type.VARCHAR, e -> place(e, Place::gazetteerId)),
      col("fatalities", Type.INTEGER, e -> e.event().fatalities() < 0 ? "" : e.event().fatalities()),
      col("fatalities_qualifier", Type.VARCHAR, e -> e.event().counts().killed().qualifier()),
      col("wounded", Type.INTEGER, e -> known(e.event().counts().wounded())),
      col("wounded_qualifier", Type.VARCHAR, e -> e.event().counts().wounded().qualifier()),
      col("arrested", Type.INTEGER, e -> known(e.event().counts().arrested())),
      col("arrested_qualifier", Type.VARCHAR, e -> e.event().counts().arrested().qualifier()),
      col("source", Type.VARCHAR, StoredEvent::source),
      col("reports", Type.BIGINT, StoredEvent::reports),
      col("source_url", Type.VARCHAR, StoredEvent::articleLocation),
      col("notes", Type.VARCHAR, e -> e.event().evidence().sentence()),
      col("sentence_start", Type.INTEGER, e -> e.event().evidence().start()),
      col("sentence_end", Type.INTEGER, e -> e.event().evidence().end()),
      col("attribution", Type.VARCHAR, e -> e.event().evidence().attribution()),
      col("article_id", Type.VARCHAR, e -> e.event().articleId()),
      col("origin", Type.VARCHAR, StoredEvent::origin));

  private EventColumns() {
  }

  /** QuadClass, Goldstein weight and PLOVER type come from the event's CAMEO code (GDELT and Phoenix carry them). */
  private static java.util.Optional<org.sitrep.coding.CameoOntology.Entry> cameo(StoredEvent e) {
    return org.sitrep.coding.CameoOntology.builtIn().of(e.event().type().cameo());
  }

  private static Object known(org.sitrep.domain.Counts.Count c) {
    return c.known() ? c.value() : "";
  }

  private static Column col(String name, Type type, Function<StoredEvent, Object> value) {
    return new Column(name, type, value);
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
