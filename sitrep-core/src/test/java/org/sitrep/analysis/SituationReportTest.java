package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Article;
import org.sitrep.domain.CodedArticle;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/** A synthetic year with one planted surge and one planted hot spot: the report states them and no others. */
class SituationReportTest {
  private static final Actor IS = new Actor("Islamic State", ActorType.REBEL_GROUP, "");
  private static final double HAJIN_LAT = 34.695;
  private static final double HAJIN_LON = 40.831;
  private int serial;

  private void event(EventStore store, LocalDate day, String admin1, double lat, double lon) throws Exception {
    String id = "a" + (++serial);
    Place place = new Place("test:" + id, "village " + id, lat, lon, admin1, "", "SY", GeoPrecision.EXACT);
    Article article = new Article(id, "source " + id, "https://example.org/" + id, "", day, "IS attacked <b>" + id + "</b>.",
        List.of());
    store.save(new CodedArticle(article, List.of(new Event("e" + id, id,
        new EventType("armed_clash", "190", "Battles", "Armed clash"), new EventDate(day, DatePrecision.DAY, DateSource.TEXT),
        IS, null, place, -1, new Evidence("IS attacked <b>" + id + "</b>.", 0, 10, "attacked", 3)))));
  }

  @Test
  void statesThePlantedSurgeAndHotSpotAndNoOthers(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      LocalDate start = LocalDate.of(2019, 6, 3);
      String[] regions = {"Deir ez-Zor", "Raqqa", "Homs"};
      double[][] centres = {{35.0, 40.0}, {35.9, 38.8}, {34.6, 37.8}};
      // background: two events a week in each region, spread over a 120 km square
      for (int week = 0; week < 52; week++) {
        for (int r = 0; r < regions.length; r++) {
          for (int k = 0; k < 2; k++) {
            int n = week * 2 + k;
            double lat = centres[r][0] - 0.5 + (n * 37 % 100) / 100.0;
            double lon = centres[r][1] - 0.5 + (n * 61 % 100) / 100.0;
            event(store, start.plusWeeks(week).plusDays(k * 3 + r), regions[r], lat, lon);
          }
        }
      }
      // planted: 14 attacks around Hajin in the last two weeks, at places 1.5 km apart
      LocalDate lastWeeks = start.plusWeeks(50);
      for (int i = 0; i < 14; i++) {
        event(store, lastWeeks.plusDays(i), "Deir ez-Zor", HAJIN_LAT + (i % 4) * 0.0135, HAJIN_LON + (i / 4) * 0.0165);
      }
      LocalDate to = start.plusWeeks(52).minusDays(1);
      SituationReport report = SituationReport.build(store, new EventFilter(null, null, "SY", null, null, null), "Syria",
          to.minusDays(27), to, (lat, lon) -> java.util.Optional.of(Math.abs(lat - HAJIN_LAT) < 0.15
              && Math.abs(lon - HAJIN_LON) < 0.15 ? "Hajin" : "elsewhere"));
      String md = report.markdown();
      // 14 planted and 4 of the background in the last two weeks
      assertThat(md).contains("Surge in Deir ez-Zor: 18 events in the last 2 weeks against 2.0 a week").doesNotContain("Surge in Raqqa").doesNotContain("Surge in Homs");
      assertThat(md).contains("Hot spot around Hajin").doesNotContain("Hot spot around elsewhere");
      assertThat(md).contains("events from " + to.minusDays(27) + " to " + to);
      assertThat(report.html()).contains("IS attacked &lt;b&gt;").doesNotContain("<b>");
      assertThat(report.chartSvg()).startsWith("<svg").contains("events</title>");
      // four weeks: 2 events a week in each of 3 regions, and the 14 planted
      assertThat(md).contains("- 38 events with 0 reported fatalities, from 38 reports.");
      assertThat(report.mapSvg()).startsWith("<svg").contains(">Hajin</text>").contains("url(#hatch)")
          .doesNotContain(">elsewhere</text>");
      assertThat(md).contains("no data for the same dates of 2019").doesNotContain("<b>");
    }
  }
}
