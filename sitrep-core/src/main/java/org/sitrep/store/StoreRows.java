package org.sitrep.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.Counts;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.SimHash;

/**
 * The rows of the store's tables as plain values, in column order: what {@link EventStore} binds into
 * DuckDB and what a Spark job writes as Parquet, so the two hold the same thing and a Parquet export
 * loads straight back into a store. Values are String, Integer, Long, Double, LocalDate or String[];
 * null where the table allows it.
 */
public final class StoreRows {
  private StoreRows() {
  }

  /** A column: its name and its SQL type (VARCHAR, INTEGER, BIGINT, DOUBLE, DATE, VARCHAR[]). */
  public record Column(String name, String type) {
  }

  /** The events table (and merged_reports), without the origin column, which Sitrep's own rows fix. */
  public static final List<Column> EVENT_COLUMNS = columns(
      "id VARCHAR", "article_id VARCHAR", "event_date DATE", "date_precision VARCHAR", "date_source VARCHAR",
      "event_key VARCHAR", "cameo_code VARCHAR", "event_type VARCHAR", "sub_event_type VARCHAR",
      "actor1 VARCHAR", "inter1 INTEGER", "actor1_country VARCHAR", "actor2 VARCHAR", "inter2 INTEGER",
      "actor2_country VARCHAR", "gazetteer_id VARCHAR", "location VARCHAR", "latitude DOUBLE", "longitude DOUBLE",
      "admin1 VARCHAR", "admin2 VARCHAR", "country VARCHAR", "geo_precision VARCHAR", "fatalities INTEGER",
      "sentence VARCHAR", "sentence_start INTEGER", "sentence_end INTEGER", "trigger_word VARCHAR",
      "trigger_start INTEGER", "attribution VARCHAR", "fatalities_qualifier VARCHAR", "wounded INTEGER",
      "wounded_qualifier VARCHAR", "arrested INTEGER", "arrested_qualifier VARCHAR");

  /** The events' columns by name, origin last: inserts name them, since migrations append columns. */
  static final String EVENT_INSERT_COLUMNS = "(" + String.join(", ",
      EVENT_COLUMNS.stream().map(Column::name).toList()) + ", origin)";

  /** The event_reports table. */
  public static final List<Column> REPORT_COLUMNS = columns(
      "report_id VARCHAR", "event_id VARCHAR", "article_id VARCHAR", "agreed VARCHAR", "report_date DATE",
      "sentence VARCHAR", "sentence_start INTEGER", "sentence_end INTEGER");

  /** The articles table, without ingested_at, which the store sets. */
  public static final List<Column> ARTICLE_COLUMNS = columns(
      "id VARCHAR", "source VARCHAR", "location VARCHAR", "title VARCHAR", "published DATE", "body VARCHAR",
      "captions VARCHAR[]", "simhash BIGINT", "story_id VARCHAR");

  private static List<Column> columns(String... specs) {
    return Arrays.stream(specs).map(s -> new Column(s.substring(0, s.indexOf(' ')), s.substring(s.indexOf(' ') + 1)))
        .toList();
  }

  public static Object[] event(Event e) {
    Place p = e.place();
    Evidence ev = e.evidence();
    return new Object[] {
        e.id(), e.articleId(), e.date().date(), e.date().precision().name(), e.date().source().name(),
        e.type().key(), e.type().cameo(), e.type().acledType(), e.type().acledSubType(),
        name(e.actor1()), inter(e.actor1()), country(e.actor1()),
        name(e.actor2()), inter(e.actor2()), country(e.actor2()),
        p == null ? null : p.gazetteerId(), p == null ? null : p.name(),
        p == null ? null : p.latitude(), p == null ? null : p.longitude(),
        p == null ? null : p.admin1(), p == null ? null : p.admin2(), p == null ? null : p.country(),
        p == null ? null : p.precision().name(),
        e.fatalities() < 0 ? null : e.fatalities(),
        ev.sentence(), ev.start(), ev.end(), ev.trigger(), ev.triggerStart(), ev.attribution(),
        e.counts().killed().qualifier(), count(e.counts().wounded()), e.counts().wounded().qualifier(),
        count(e.counts().arrested()), e.counts().arrested().qualifier()};
  }

  private static Integer count(org.sitrep.domain.Counts.Count c) {
    return c.known() ? c.value() : null;
  }

  /** The report row of an event as merged: which event it reports, and why it was joined. */
  public static Object[] report(EventMerger.Merged m) {
    Event e = m.event();
    return new Object[] {e.id(), m.eventId(), e.articleId(), m.agreed(), e.date().date(), e.evidence().sentence(),
        e.evidence().start(), e.evidence().end()};
  }

  /** An article stored as its own story ({@code storyId} null) or as a copy of a stored one. */
  public static Object[] article(Article a, String storyId) {
    return new Object[] {a.id(), a.source(), a.location(), a.title(), a.published(), a.body(),
        a.captions().toArray(new String[0]), SimHash.of(a.body()), storyId == null ? a.id() : storyId};
  }

  /** The month partition of a date, as the Parquet exports are laid out ("2020-05"). */
  public static String month(LocalDate d) {
    return d.toString().substring(0, 7);
  }

  private static String name(Actor a) {
    return a == null ? null : a.name();
  }

  private static Integer inter(Actor a) {
    return a == null ? null : a.type().interCode();
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }

  /** The event of a row of the events (or merged_reports) table: what {@link #event(Event)} wrote. */
  static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
    EventDate date = new EventDate(rs.getDate("event_date").toLocalDate(),
        DatePrecision.valueOf(rs.getString("date_precision")), DateSource.valueOf(rs.getString("date_source")));
    EventType type = new EventType(rs.getString("event_key"), rs.getString("cameo_code"), rs.getString("event_type"),
        rs.getString("sub_event_type"));
    Place place = null;
    if (rs.getString("gazetteer_id") != null) {
      place = new Place(rs.getString("gazetteer_id"), rs.getString("location"), rs.getDouble("latitude"),
          rs.getDouble("longitude"), rs.getString("admin1"), rs.getString("admin2"), rs.getString("country"),
          GeoPrecision.valueOf(rs.getString("geo_precision")));
    }
    int fatalities = rs.getInt("fatalities");
    if (rs.wasNull()) {
      fatalities = -1;
    }
    Evidence ev = new Evidence(rs.getString("sentence"), rs.getInt("sentence_start"), rs.getInt("sentence_end"),
        rs.getString("trigger_word"), rs.getInt("trigger_start"), rs.getString("attribution"));
    Counts counts = new Counts(new Counts.Count(fatalities, rs.getString("fatalities_qualifier")),
        count(rs, "wounded"), count(rs, "arrested"));
    return new Event(rs.getString("id"), rs.getString("article_id"), type, date, actor(rs, "actor1", "inter1"),
        actor(rs, "actor2", "inter2"), place, fatalities, ev, counts);
  }

  private static Counts.Count count(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? Counts.Count.UNKNOWN : new Counts.Count(value, rs.getString(column + "_qualifier"));
  }

  private static Actor actor(java.sql.ResultSet rs, String nameColumn, String interColumn) throws java.sql.SQLException {
    String name = rs.getString(nameColumn);
    if (name == null) {
      return null;
    }
    return new Actor(name, ActorType.ofInterCode(rs.getInt(interColumn)), rs.getString(nameColumn + "_country"));
  }
}
