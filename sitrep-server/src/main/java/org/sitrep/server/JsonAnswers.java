package org.sitrep.server;

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
import org.sitrep.geo.DivisionNames;
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

  /**
   * A JSON object of these fields in this order ({@code "name", value, "name", value, ...}); unlike
   * {@link Map#of} it keeps the order the OpenAPI document gives and takes null for JSON's null.
   */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  static Map<String, Object> page(EventQuery q, EventQuery.Page page) {
    return fields("total", page.total(), "limit", q.limit(), "offset", q.offset(),
        "events", page.events().stream().map(EventColumns::asMap).toList());
  }

  /** One event, its reports, and the paragraph of its first report with the sentence's place in it. */
  static Map<String, Object> event(StoredEvent e, List<EventReport> reports, String articleBody) {
    Map<String, Object> body = fields("event", EventColumns.asMap(e), "title", e.articleTitle(), "reports",
        reports.stream().map(r -> fields("report_id", r.reportId(), "source", r.source(), "date", r.date().toString(),
            "agreed", r.agreed(), "sentence", r.sentence())).toList());
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
    return buckets.stream().map(b -> fields("start", b.start().toString(), "group", b.group(), "events", b.events(),
        "fatalities", b.fatalities())).toList();
  }

  static Map<String, Object> comparison(PeriodComparison c) {
    Map<String, Object> body = fields("description", c.describe(), "period", period(c.period(), null),
        "previous", period(c.previous(), c.againstPrevious()), "last_year", period(c.lastYear(), c.againstLastYear()),
        "seasonal_years", c.seasonal().size());
    c.againstSeasonalBaseline().ifPresent(r -> body.put("seasonal", rates(r)));
    return body;
  }

  private static Map<String, Object> period(PeriodComparison.Period p, RateComparison against) {
    Map<String, Object> m = fields("from", p.from().toString(), "to", p.to().toString(), "events", p.events(),
        "covered", p.covered());
    if (against != null && p.covered()) {
      m.put("comparison", rates(against));
    }
    return m;
  }

  private static Map<String, Object> rates(RateComparison r) {
    return fields("rate_ratio", finite(r.rateRatio()), "ci_lower", finite(r.lower()), "ci_upper", finite(r.upper()),
        "p_value", r.pValue());
  }

  /** JSON has no infinity: an unbounded ratio or limit is null. */
  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }

  /** The map's counts: the parts (in view, outside it, without a place) and the cells of those in view. */
  static Map<String, Object> map(EventSummaries.Tally tally, List<EventCells.Cell> cells, int resolution) {
    EventSummaries.Bounds extent = tally.extent();
    return fields("total", tally.total(), "located", tally.total() - tally.unlocated(), "in_view", tally.inView(),
        "outside_view", tally.outside(), "unlocated", tally.unlocated(), "resolution", resolution,
        "extent", extent == null ? null : List.of(extent.south(), extent.west(), extent.north(), extent.east()),
        "cells", cells.stream().map(c -> fields("h3", c.h3(), "lat", c.lat(), "lon", c.lon(), "events", c.events(),
            "fatalities", c.fatalities(), "event_types", c.byType())).toList());
  }

  static Map<String, Object> facets(Map<EventSummaries.Facet, List<EventSummaries.ValueCount>> facets) {
    Map<String, Object> body = new LinkedHashMap<>();
    facets.forEach((facet, values) -> body.put(facet.key(), values.stream()
        .map(v -> Map.of("value", v.value(), "events", v.events())).toList()));
    return body;
  }

  /**
   * The divisions as a GeoJSON FeatureCollection with each one's events and fatalities; counts whose
   * stored name matches no division (by spelling key, or by the key of one of the division's names in
   * {@code otherNames}: ACLED's "Ninewa" is GeoNames' Nineveh) and events with no division are given beside.
   */
  static Map<String, Object> areas(List<AdminAreas.Area> areas, List<EventSummaries.AreaCount> counts,
                                   DivisionNames otherNames) {
    Map<String, AdminAreas.Area> byKey = new HashMap<>();
    for (AdminAreas.Area a : areas) {
      byKey.putIfAbsent(NameKeys.fold(a.name()), a);
      byKey.putIfAbsent(NameKeys.variant(a.name()), a);
    }
    for (AdminAreas.Area a : areas) { // after every division's own name, which wins a clash
      for (String other : otherNames.namesOfDivision(a.code())) {
        byKey.putIfAbsent(NameKeys.fold(other), a);
        byKey.putIfAbsent(NameKeys.variant(other), a);
      }
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
    return fields("type", "FeatureCollection", "features", AdminAreas.features(areas, properties),
        "unmatched_events", unmatched, "events_without_division", without);
  }

  static Map<String, Object> ingest(IngestJob.Summary summary, List<String> errors) {
    return fields("read", summary.read(), "stored", summary.stored(), "already_stored", summary.alreadyStored(),
        "copies", summary.copies(), "events", summary.events(), "errors", errors);
  }
}
