package org.sitrep.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analysis.EventCells;
import org.sitrep.analysis.PeriodComparison;
import org.sitrep.analysis.RateComparison;
import org.sitrep.domain.Paragraph;
import org.sitrep.export.EventColumns;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.NameKeys;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventReport;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventSummaries;
import org.sitrep.store.StoredEvent;

/**
 * The API's answers as JSON-ready maps and lists, one method per answer, with the field names the
 * OpenAPI document gives; the handlers in {@link SitrepServer} only read parameters and ask the store.
 */
final class JsonAnswers {
  private JsonAnswers() {
  }

  static Map<String, Object> page(EventQuery q, EventQuery.Page page) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", page.total());
    body.put("limit", q.limit());
    body.put("offset", q.offset());
    body.put("events", page.events().stream().map(EventColumns::asMap).toList());
    return body;
  }

  /** One event, its reports, and the paragraph of its first report with the sentence's place in it. */
  static Map<String, Object> event(StoredEvent e, List<EventReport> reports, String articleBody) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", EventColumns.asMap(e));
    body.put("title", e.articleTitle());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EventReport r : reports) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("report_id", r.reportId());
      m.put("source", r.source());
      m.put("date", r.date().toString());
      m.put("agreed", r.agreed());
      m.put("sentence", r.sentence());
      rows.add(m);
    }
    body.put("reports", rows);
    int start = e.event().evidence().start();
    int end = e.event().evidence().end();
    if (start >= 0 && end <= articleBody.length() && start <= end) {
      Paragraph p = Paragraph.around(articleBody, start, end);
      body.put("paragraph", Map.of("text", p.of(articleBody), "sentence_start", start - p.start(),
          "sentence_end", end - p.start()));
    }
    return body;
  }

  static List<Map<String, Object>> series(List<EventStore.Bucket> buckets) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EventStore.Bucket b : buckets) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("start", b.start().toString());
      row.put("group", b.group());
      row.put("events", b.events());
      row.put("fatalities", b.fatalities());
      rows.add(row);
    }
    return rows;
  }

  static Map<String, Object> comparison(PeriodComparison c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("description", c.describe());
    body.put("period", period(c.period(), null));
    body.put("previous", period(c.previous(), c.againstPrevious()));
    body.put("last_year", period(c.lastYear(), c.againstLastYear()));
    body.put("seasonal_years", c.seasonal().size());
    c.againstSeasonalBaseline().ifPresent(r -> body.put("seasonal", rates(r)));
    return body;
  }

  private static Map<String, Object> period(PeriodComparison.Period p, RateComparison against) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", p.from().toString());
    m.put("to", p.to().toString());
    m.put("events", p.events());
    m.put("covered", p.covered());
    if (against != null && p.covered()) {
      m.put("comparison", rates(against));
    }
    return m;
  }

  private static Map<String, Object> rates(RateComparison r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rate_ratio", finite(r.rateRatio()));
    m.put("ci_lower", finite(r.lower()));
    m.put("ci_upper", finite(r.upper()));
    m.put("p_value", r.pValue());
    return m;
  }

  /** JSON has no infinity: an unbounded ratio or limit is null. */
  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }

  /** The map's counts: the parts (in view, outside it, without a place) and the cells of those in view. */
  static Map<String, Object> map(EventSummaries.Tally tally, List<EventCells.Cell> cells, int resolution) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EventCells.Cell c : cells) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("h3", c.h3());
      m.put("lat", c.lat());
      m.put("lon", c.lon());
      m.put("events", c.events());
      m.put("fatalities", c.fatalities());
      m.put("event_types", c.byType());
      rows.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", tally.total());
    body.put("located", tally.total() - tally.unlocated());
    body.put("in_view", tally.inView());
    body.put("outside_view", tally.outside());
    body.put("unlocated", tally.unlocated());
    body.put("resolution", resolution);
    EventSummaries.Bounds extent = tally.extent();
    body.put("extent", extent == null ? null : List.of(extent.south(), extent.west(), extent.north(), extent.east()));
    body.put("cells", rows);
    return body;
  }

  static Map<String, Object> facets(Map<EventSummaries.Facet, List<EventSummaries.ValueCount>> facets) {
    Map<String, Object> body = new LinkedHashMap<>();
    facets.forEach((facet, values) -> body.put(facet.key(), values.stream()
        .map(v -> Map.of("value", v.value(), "events", v.events())).toList()));
    return body;
  }

  /**
   * The divisions as a GeoJSON FeatureCollection with each one's events and fatalities; counts whose
   * stored name matches no division (by spelling key) and events with no division are given beside.
   */
  static Map<String, Object> areas(List<AdminAreas.Area> areas, List<EventSummaries.AreaCount> counts) {
    Map<String, AdminAreas.Area> byKey = new HashMap<>();
    for (AdminAreas.Area a : areas) {
      byKey.putIfAbsent(NameKeys.fold(a.name()), a);
      byKey.putIfAbsent(NameKeys.variant(a.name()), a);
    }
    Map<String, long[]> totals = new HashMap<>(); // events, fatalities by area code
    for (AdminAreas.Area a : areas) {
      totals.put(a.code(), new long[2]);
    }
    long unmatched = 0;
    long without = 0;
    for (EventSummaries.AreaCount c : counts) {
      String name = c.division();
      AdminAreas.Area a = name.isEmpty() ? null : byKey.getOrDefault(NameKeys.fold(name),
          byKey.get(NameKeys.variant(name)));
      if (name.isEmpty()) {
        without += c.events();
      } else if (a == null) {
        unmatched += c.events();
      } else {
        totals.get(a.code())[0] += c.events();
        totals.get(a.code())[1] += c.fatalities();
      }
    }
    Map<String, Map<String, Object>> properties = new HashMap<>();
    totals.forEach((code, t) -> properties.put(code, Map.of("events", t[0], "fatalities", t[1])));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FeatureCollection");
    body.put("features", AdminAreas.features(areas, properties));
    body.put("unmatched_events", unmatched);
    body.put("events_without_division", without);
    return body;
  }

  static Map<String, Object> ingest(IngestJob.Summary summary, List<String> errors) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("read", summary.read());
    out.put("stored", summary.stored());
    out.put("already_stored", summary.alreadyStored());
    out.put("copies", summary.copies());
    out.put("events", summary.events());
    out.put("errors", errors);
    return out;
  }
}
