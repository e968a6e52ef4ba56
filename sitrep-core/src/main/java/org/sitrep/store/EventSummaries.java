package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over all the events matching a filter, computed in the database so that a million events come
 * back as a few thousand rows: tallies for a map and value counts for pick-lists. Both take the same
 * filter as {@link EventStore#page}, so their totals agree with the table's.
 */
public final class EventSummaries {
  /** The dimensions a pick-list counts, each a fixed SQL expression (never request text). */
  public enum Facet {
    COUNTRY("e.country"), ADMIN1("e.admin1"), ACTOR(null), EVENT_TYPE("e.event_type"),
    SUB_EVENT_TYPE("e.sub_event_type"), ORIGIN("e.origin");

    private final String column;

    Facet(String column) {
      this.column = column;
    }

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Events at about one point (snapped to a grid), of one event type: what a map aggregates. */
  public record PlaceTally(double lat, double lon, String eventType, long events, long fatalities) {
  }

  /**
   * The events matching, those without a place, those located outside the view, the extent of all the
   * located ones (null when none is), and the tallies of those in view.
   */
  public record Tally(long total, long unlocated, long outside, Bounds extent, List<PlaceTally> places) {
    public long inView() {
      return total - unlocated - outside;
    }
  }

  /** A map's view in degrees; west may be greater than east across the antimeridian. */
  public record Bounds(double south, double west, double north, double east) {
    public Bounds {
      if (!(south >= -90 && north <= 90 && south <= north && west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
        throw new IllegalArgumentException("bounds must be south,west,north,east within ±90 and ±180 with south <= north");
      }
    }

    private String sql(List<Object> params) {
      params.add(south);
      params.add(north);
      params.add(west);
      params.add(east);
      return west <= east ? "e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?"
          : "e.latitude BETWEEN ? AND ? AND (e.longitude >= ? OR e.longitude <= ?)";
    }
  }

  /** The matching events and their fatalities in one division, by its stored name ("" for none). */
  public record AreaCount(String division, long events, long fatalities) {
  }

  /** One value of a facet and how many matching events have it. */
  public record ValueCount(String value, long events) {
  }

  private final EventStore store;

  EventSummaries(EventStore store) {
    this.store = store;
  }

  /**
   * The located events in view ({@code bounds}, null for the whole world) per point snapped to a grid of
   * {@code step} degrees and per event type (the point is the mean of its events'), with the number of
   * matching events without a place and outside the view, so that the map's parts add up to the total.
   */
  public Tally tally(EventFilter f, double step, Bounds bounds) throws SQLException {
    if (!(step > 0)) {
      throw new IllegalArgumentException("step must be positive, not " + step);
    }
    List<Object> params = new ArrayList<>();
    String where = store.where(f, params);
    List<Object> viewParams = new ArrayList<>();
    String inView = bounds == null ? "TRUE" : bounds.sql(viewParams);
    long total;
    long unlocated;
    long outside;
    Bounds extent;
    try (PreparedStatement ps = store.read("SELECT count(*), count(*) FILTER (WHERE e.latitude IS NULL),"
        + " count(*) FILTER (WHERE e.latitude IS NOT NULL AND NOT (" + inView + ")),"
        + " min(e.latitude), min(e.longitude), max(e.latitude), max(e.longitude) FROM events e " + where)) {
      List<Object> all = new ArrayList<>(viewParams);
      all.addAll(params);
      FilterSql.bind(ps, all);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
        unlocated = rs.getLong(2);
        outside = rs.getLong(3);
        extent = rs.getObject(4) == null ? null
            : new Bounds(rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7));
      }
    }
    List<PlaceTally> places = new ArrayList<>();
    try (PreparedStatement ps = store.read("SELECT avg(e.latitude), avg(e.longitude), e.event_type, count(*),"
        + " coalesce(sum(e.fatalities), 0) FROM events e " + where + " AND e.latitude IS NOT NULL AND " + inView
        + " GROUP BY round(e.latitude / ?), round(e.longitude / ?), e.event_type")) {
      List<Object> all = new ArrayList<>(params);
      all.addAll(viewParams);
      all.add(step);
      all.add(step);
      FilterSql.bind(ps, all);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          places.add(new PlaceTally(rs.getDouble(1), rs.getDouble(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
        }
      }
    }
    return new Tally(total, unlocated, outside, extent, places);
  }

  /** The matching events per division as stored, most first: by admin1 at level 1, by admin2 at level 2. */
  public List<AreaCount> byDivision(EventFilter f, int level) throws SQLException {
    String division = switch (level) {
      case 1 -> "coalesce(e.admin1, '')";
      case 2 -> "coalesce(e.admin2, '')";
      default -> throw new IllegalArgumentException("level must be 1 or 2, not " + level);
    };
    List<Object> params = new ArrayList<>();
    List<AreaCount> out = new ArrayList<>();
    try (PreparedStatement ps = store.read("SELECT " + division + ", count(*), coalesce(sum(e.fatalities), 0)"
        + " FROM events e " + store.where(f, params) + " GROUP BY 1 ORDER BY 2 DESC")) {
      FilterSql.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new AreaCount(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return out;
  }

  /**
   * The commonest values of each facet among the matching events, most events first, at most
   * {@code limit} each. An actor counts once for each event it is either side of.
   */
  public Map<Facet, List<ValueCount>> facets(EventFilter f, int limit) throws SQLException {
    Map<Facet, List<ValueCount>> out = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      List<Object> params = new ArrayList<>();
      String where = store.where(f, params);
      String values;
      if (facet == Facet.ACTOR) {
        values = "SELECT e.actor1 AS v FROM events e " + where + " UNION ALL SELECT e.actor2 AS v FROM events e " + where;
        params.addAll(new ArrayList<>(params));
      } else {
        values = "SELECT " + facet.column + " AS v FROM events e " + where;
      }
      params.add(limit);
      List<ValueCount> counts = new ArrayList<>();
      try (PreparedStatement ps = store.read("SELECT v, count(*) n FROM (" + values + ") WHERE v IS NOT NULL AND v <> ''"
          + " GROUP BY v ORDER BY n DESC, v LIMIT ?")) {
        FilterSql.bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            counts.add(new ValueCount(rs.getString(1), rs.getLong(2)));
          }
        }
      }
      out.put(facet, counts);
    }
    return out;
  }
}
