package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

class PeriodComparisonTest {
  private static final Actor IS = new Actor("Islamic State", ActorType.REBEL_GROUP, "");
  /** Stores one article per day in the list, each with one attack at a place of its own (10 km apart). */
  private static void store(EventStore store, List<LocalDate> days) throws Exception {
    int n = 0;
    for (LocalDate d : days) {
      n++;
      String id = "a" + d + "-" + n;
      Article a = new Article(id, "test", id, "", d, "IS attacked.", List.of());
      Place village = new Place("test:" + id, id, 34.0 + n * 0.1, 40.4, "Deir ez-Zor", "", "SY", GeoPrecision.EXACT);
      Event e = new Event("e" + id, id, new EventType("armed_clash", "190", "Battles", "Armed clash"),
          new EventDate(d, DatePrecision.DAY, DateSource.TEXT), IS, null, village, -1,
          new Evidence("IS attacked.", 0, 12, "attacked", 3));
      store.save(new CodedArticle(a, List.of(e)));
    }
  }

  private static List<LocalDate> spread(LocalDate from, int count, int everyDays) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(from.plusDays((long) i * everyDays % 28));
    }
    return out;
  }

  /** May 2020 compared, through {@code filter}, in a new store holding one attack on each of the days listed. */
  @SafeVarargs
  private static PeriodComparison compareMay2020(Path dir, EventFilter filter, List<LocalDate>... days)
      throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      for (List<LocalDate> some : days) {
        store(store, some);
      }
      return PeriodComparison.of(store, filter, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31));
    }
  }

  @Test
  void countsThePeriodThePreviousOneAndTheSameDatesAYearEarlier(@TempDir Path dir) throws Exception {
    PeriodComparison c = compareMay2020(dir, EventFilter.ALL, spread(LocalDate.of(2020, 5, 1), 23, 3),
        spread(LocalDate.of(2020, 4, 1), 12, 2), spread(LocalDate.of(2019, 5, 1), 61, 1));
    assertThat(c.period().events()).isEqualTo(23);
    assertThat(c.previous().from()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(c.previous().events()).isEqualTo(12);
    assertThat(c.lastYear().events()).isEqualTo(61);
    assertThat(c.againstLastYear().pValue()).isLessThan(0.001);
    assertThat(c.describe())
        .startsWith("23 events from 2020-05-01 to 2020-05-31: up from 12 in the previous 31 days (2020-03-31 to 2020-04-30)")
        .contains("not significant at the 5% level")
        .contains("down from 61 in the same dates of 2019")
        .contains("p < 0.001, significant at the 5% level");
  }

  @Test
  void filtersApplyToEveryPeriod(@TempDir Path dir) throws Exception {
    EventFilter iraq = new EventFilter(null, null, "IQ", null, null, null);
    PeriodComparison c = compareMay2020(dir, iraq,
        spread(LocalDate.of(2019, 1, 1), 1, 1), // the data starts before every period compared
        spread(LocalDate.of(2020, 5, 1), 5, 3));
    assertThat(c.period().events()).isZero();
    assertThat(c.describe()).contains("none in the previous 31 days");
  }

  @Test
  void seasonalBaselinePoolsTheSameDatesOfEveryCoveredEarlierYear(@TempDir Path dir) throws Exception {
    PeriodComparison c = compareMay2020(dir, EventFilter.ALL, spread(LocalDate.of(2017, 5, 1), 10, 2),
        spread(LocalDate.of(2018, 5, 1), 14, 2), spread(LocalDate.of(2019, 5, 1), 12, 2),
        spread(LocalDate.of(2020, 5, 1), 36, 1));
    // 2016 and earlier are not covered: the data starts on 2017-05-01
    assertThat(c.seasonal()).extracting(PeriodComparison.Period::events).containsExactly(12L, 14L, 10L);
    assertThat(c.seasonalMean()).isEqualTo(12.0);
    RateComparison baseline = c.againstSeasonalBaseline().orElseThrow();
    assertThat(baseline.count2()).isEqualTo(36);
    assertThat(baseline.exposure2()).isEqualTo(93);
    assertThat(baseline.rateRatio()).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(c.describe()).contains("up from a mean of 12.00 in the same dates of 2017-2019 (seasonal baseline, 3 years)");
  }

  @Test
  void noSeasonalBaselineBeforeTheDataStarts(@TempDir Path dir) throws Exception {
    PeriodComparison c = compareMay2020(dir, EventFilter.ALL, spread(LocalDate.of(2020, 4, 1), 5, 3));
    assertThat(c.seasonal()).isEmpty();
    assertThat(c.againstSeasonalBaseline()).isEmpty();
    assertThat(c.describe()).doesNotContain("seasonal");
  }

  @Test
  void aPeriodBeforeTheDataStartsIsNoDataNotZero(@TempDir Path dir) throws Exception {
    PeriodComparison c = compareMay2020(dir, EventFilter.ALL, spread(LocalDate.of(2020, 4, 1), 5, 3),
        spread(LocalDate.of(2020, 5, 1), 9, 3));
    assertThat(c.lastYear().covered()).isFalse();
    assertThat(c.describe()).contains("no data for the same dates of 2019 (the data starts later)")
        .doesNotContain("up from 0");
  }
}
