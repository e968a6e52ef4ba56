package org.sitrep.analysis;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;

/**
 * A situation report for a region and period: headline figures, the comparison with the period before
 * and the year before (in words, with their statistics), surges, hot spots named by the nearest town,
 * the main actors, and the notable events each cited with source, date and sentence. Written as
 * Markdown and as HTML (every piece of article text escaped), with a weekly chart and a hot-spot map as
 * SVG (chart.svg, map.svg beside the report).
 */
public record SituationReport(String markdown, String html, String chartSvg, String mapSvg) {
  private static final int NOTABLE = 10;

  /** What the report says, before it is written out in either format. */
  private record Content(String title, List<String> headline, List<String> surges, List<String> hotSpots,
                         List<String> actors, List<StoredEvent> notable, List<EventStore.Bucket> weeks) {
  }

  /**
   * @param nearestPlace names a point ("Hajin"), for hot spots: the gazetteer's nearest town; a point it cannot
   *                     name is written as its coordinates
   */
  public static SituationReport build(EventStore store, EventFilter region, String regionName, LocalDate from,
                                      LocalDate to, BiFunction<Double, Double, java.util.Optional<String>> nearestPlace)
      throws SQLException {
    EventFilter period = region.between(from, to);
    List<StoredEvent> events = store.events(period);
    long fatalities = events.stream().mapToLong(e -> Math.max(0, e.event().fatalities())).sum();
    long reports = events.stream().mapToLong(StoredEvent::reports).sum();
    List<String> headline = new ArrayList<>();
    headline.add(String.format(Locale.ROOT, "%d events with %d reported fatalities, from %d reports.", events.size(),
        fatalities, reports));
    headline.add(PeriodComparison.of(store, region, from, to).describe());

    List<String> surges = new ArrayList<>();
    for (SurgeDetector.Surge s : SurgeDetector.detect(store, region, to)) {
      surges.add(String.format(Locale.ROOT, "Surge in %s: %d events in the last %d weeks against %.1f a week in the %d"
              + " weeks before (Poisson p %s).", s.region(), s.recent(), SurgeDetector.RECENT_WEEKS,
          s.baselinePerWeek(), SurgeDetector.BASELINE_WEEKS, p(s.pValue())));
    }

    List<String> hotSpots = new ArrayList<>();
    Map<String, List<HotSpots.Cell>> byPlace = new LinkedHashMap<>();
    List<double[]> points = store.points(period);
    List<HotSpots.Cell> cells = HotSpots.compute(points, 6, 1);
    for (HotSpots.Cell c : cells) {
      if (c.isHot()) {
        String place = nearestPlace.apply(c.lat(), c.lon())
            .orElse(String.format(Locale.ROOT, "%.2f, %.2f", c.lat(), c.lon()));
        byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, double[]> labels = new LinkedHashMap<>();
    byPlace.forEach((place, hot) -> {
      HotSpots.Cell top = hot.stream().max(Comparator.comparingDouble(HotSpots.Cell::z)).orElseThrow();
      labels.put(place, new double[] {top.lat(), top.lon()});
    });
    byPlace.forEach((place, hot) -> hotSpots.add(String.format(Locale.ROOT,
        "Hot spot around %s: %d cell%s, %d events, Gi* z up to %.1f (BH-corrected p %s).", place, hot.size(),
        hot.size() == 1 ? "" : "s", hot.stream().mapToLong(HotSpots.Cell::events).sum(),
        hot.stream().mapToDouble(HotSpots.Cell::z).max().orElse(0), p(hot.stream().mapToDouble(HotSpots.Cell::q).min().orElse(1)))));

    Map<String, Long> actorCounts = new LinkedHashMap<>();
    for (StoredEvent e : events) {
      for (var a : new org.sitrep.domain.Actor[] {e.event().actor1(), e.event().actor2()}) {
        if (a != null) {
          actorCounts.merge(a.name(), 1L, Long::sum);
        }
      }
    }
    List<String> actors = actorCounts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(5).map(e -> e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " event" : " events"))
        .collect(Collectors.toList());

    List<StoredEvent> notable = events.stream()
        .sorted(Comparator.comparingInt((StoredEvent e) -> -e.event().fatalities())
            .thenComparing(e -> e.event().date().date(), Comparator.reverseOrder()))
        .limit(NOTABLE).toList();
    List<EventStore.Bucket> weeks = store.series(period, EventStore.Interval.WEEK, EventStore.Grouping.NONE);
    Content c = new Content("Situation report: " + regionName + ", " + from + " to " + to, headline, surges, hotSpots,
        actors, notable, weeks);
    String chart = chart(weeks);
    String map = HotSpotMap.svg(cells, points, labels);
    return new SituationReport(markdown(c), html(c, chart, map), chart, map);
  }

  /** The region a filter reports on, for a title: its division, else its country's English name, else all regions. */
  public static String regionName(EventFilter f) {
    if (f.admin1() != null) {
      return f.admin1();
    }
    if (f.country() != null) {
      String name = new Locale("", f.country().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
      return name.isBlank() ? f.country() : name;
    }
    return "all regions";
  }

  /** "= 0.012" or "< 0.001", to follow "p". */
  static String p(double p) {
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
  }

  private static String citation(StoredEvent e) {
    var ev = e.event();
    String place = ev.place() == null ? "place unknown"
        : ev.place().name() + (ev.place().admin1().isEmpty() ? "" : ", " + ev.place().admin1());
    String actors = (ev.actor1() == null ? "?" : ev.actor1().name()) + " / " + (ev.actor2() == null ? "?" : ev.actor2().name());
    return ev.date().date() + " (" + ev.date().precision().name().toLowerCase(Locale.ROOT) + ") — "
        + ev.type().acledSubType() + " — " + actors + " — " + place
        + (ev.fatalities() > 0 ? " — " + ev.fatalities() + " killed" : "");
  }

  private static String markdown(Content c) {
    StringBuilder md = new StringBuilder("# ").append(c.title()).append("\n\n## Headline\n\n");
    c.headline().forEach(h -> md.append("- ").append(h).append('\n'));
    md.append("\n![Events per week](chart.svg)\n\n## Surges\n\n");
    section(md, c.surges(), "No region's last " + SurgeDetector.RECENT_WEEKS + " weeks exceed its baseline "
        + "(Poisson upper tail against the " + SurgeDetector.BASELINE_WEEKS + " weeks before, p < " + SurgeDetector.ALPHA
        + ", at least " + SurgeDetector.MIN_EVENTS + " events).");
    md.append("\n## Hot spots\n\n![Hot-spot map](map.svg)\n\n");
    section(md, c.hotSpots(), "No significant hot spot (Getis-Ord Gi* on H3 resolution 6 cells, one ring, "
        + "Benjamini-Hochberg corrected at 10%).");
    md.append("\n## Main actors\n\n");
    section(md, c.actors(), "No actor named.");
    md.append("\n## Notable events\n\n");
    for (StoredEvent e : c.notable()) {
      // article text as entities: Markdown renderers pass raw HTML through
      md.append("- ").append(esc(citation(e))).append("\n  > ").append(esc(e.event().evidence().sentence().replace("\n", " ")))
          .append("\n  — ").append(esc(e.source() == null || e.source().isBlank() ? e.articleLocation() : e.source()))
          .append('\n');
    }
    if (c.notable().isEmpty()) {
      md.append("No events in the period.\n");
    }
    return md.toString();
  }

  private static void section(StringBuilder md, List<String> lines, String none) {
    if (lines.isEmpty()) {
      md.append(none).append('\n');
    }
    lines.forEach(l -> md.append("- ").append(l).append('\n'));
  }

  /**
   * The report as one HTML file: its chart and map are inside it as data URIs, so it shows whole when
   * saved, mailed or put into a page, with no files beside it.
   */
  private static String html(Content c, String chartSvg, String mapSvg) {
    StringBuilder h = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(c.title())).append("</title></head><body><main>\n<h1>").append(esc(c.title())).append("</h1>\n");
    list(h, "Headline", c.headline(), "");
    h.append("<img src=\"").append(dataUri(chartSvg)).append("\" alt=\"Events per week\">\n");
    list(h, "Surges", c.surges(), "No region's recent weeks exceed its baseline.");
    list(h, "Hot spots", c.hotSpots(), "No significant hot spot.");
    h.append("<img src=\"").append(dataUri(mapSvg))
        .append("\" alt=\"Hot-spot map: H3 cells, hot spots hatched red, events as dots\">\n");
    list(h, "Main actors", c.actors(), "No actor named.");
    h.append("<h2>Notable events</h2>\n<ul>\n");
    for (StoredEvent e : c.notable()) {
      h.append("<li>").append(esc(citation(e))).append("<blockquote>").append(esc(e.event().evidence().sentence()))
          .append("</blockquote><cite>").append(esc(e.source() == null || e.source().isBlank() ? e.articleLocation()
              : e.source())).append("</cite></li>\n");
    }
    return h.append("</ul>\n</main></body></html>\n").toString();
  }

  private static String dataUri(String svg) {
    return "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(svg.getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void list(StringBuilder h, String heading, List<String> items, String none) {
    h.append("<h2>").append(esc(heading)).append("</h2>\n");
    if (items.isEmpty()) {
      h.append("<p>").append(esc(none)).append("</p>\n");
      return;
    }
    h.append("<ul>\n");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
    h.append("</ul>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** Weekly event counts as a bar chart. */
  private static String chart(List<EventStore.Bucket> weeks) {
    int width = 720;
    int height = 240;
    int pad = 30;
    long max = Math.max(1, weeks.stream().mapToLong(EventStore.Bucket::events).max().orElse(1));
    double barWidth = weeks.isEmpty() ? 0 : (width - 2.0 * pad) / weeks.size();
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Events per week\">"
            + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>", width, height));
    for (int i = 0; i < weeks.size(); i++) {
      EventStore.Bucket b = weeks.get(i);
      double h = (height - 2.0 * pad) * b.events() / max;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1f5f8b\"><title>week of %s: %d events</title></rect>",
          pad + i * barWidth + 1, height - pad - h, Math.max(1, barWidth - 2), h, b.start(), b.events()));
    }
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>", pad,
        height - pad, width - pad, height - pad));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%d events</text>", pad, pad - 10, max));
    if (!weeks.isEmpty()) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>", pad, height - 8,
          weeks.get(0).start()));
    }
    return svg.append("</svg>\n").toString();
  }
}
