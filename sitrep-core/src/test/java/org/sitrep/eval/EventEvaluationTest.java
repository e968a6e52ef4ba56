package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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

class EventEvaluationTest {
  private static final EventType ARREST = new EventType("arrest", "173", "Strategic developments", "Arrests");
  private static final EventType CLASH = new EventType("armed_clash", "190", "Battles", "Armed clash");
  private static final Article ARTICLE = new Article("a", "s", "l", "", LocalDate.of(2020, 5, 7),
      "SDF fighters arrested an IS cell in Hajin on May 1. Clashes followed.", List.of());

  private static EventGold.GoldEvent gold(LocalDate date, DatePrecision precision) {
    return new EventGold.GoldEvent("d", 0, 52, 0, 52, "Strategic developments", "Arrests", date, precision, "Hajin",
        34.695, 40.831, "Syrian Democratic Forces", "Islamic State", -1);
  }

  private static Event coded(String id, EventType type, LocalDate date, DatePrecision precision, double lat, int start) {
    return new Event(id, "a", type, new EventDate(date, precision, DateSource.TEXT), null, null,
        new Place("g", "Hajin", lat, 40.831, "Deir ez-Zor", "", "SY", GeoPrecision.EXACT), -1,
        new Evidence("s", start, start + 10, "t", start));
  }

  @Test
  void aMatchNeedsTheTypeTheDateWithinADayAndThePlaceWithin50Km() {
    EventGold.GoldEvent g = gold(LocalDate.of(2020, 5, 1), DatePrecision.DAY);
    assertThat(EventEvaluation.matches(g, coded("e", ARREST, LocalDate.of(2020, 5, 2), DatePrecision.DAY, 34.7, 0))).isTrue();
    assertThat(EventEvaluation.matches(g, coded("e", ARREST, LocalDate.of(2020, 5, 3), DatePrecision.DAY, 34.7, 0))).isFalse();
    assertThat(EventEvaluation.matches(g, coded("e", CLASH, LocalDate.of(2020, 5, 1), DatePrecision.DAY, 34.7, 0))).isFalse();
    assertThat(EventEvaluation.matches(g, coded("e", ARREST, LocalDate.of(2020, 5, 1), DatePrecision.DAY, 35.3, 0)))
        .as("67 km north").isFalse();
    assertThat(EventEvaluation.matches(g, coded("e", ARREST, LocalDate.of(2020, 4, 27), DatePrecision.WEEK, 34.7, 0)))
        .as("a week that holds the day").isTrue();
    assertThat(EventEvaluation.matches(gold(LocalDate.of(2020, 5, 1), DatePrecision.MONTH),
        coded("e", ARREST, LocalDate.of(2020, 5, 20), DatePrecision.DAY, 34.7, 0))).as("a day in the month").isTrue();
  }

  @Test
  void eachGoldEventTakesOneCodedEventAndTheRestAreSpurious() {
    EventGold set = new EventGold(List.of(new EventGold.Doc("d", ARTICLE, ARTICLE.body())),
        List.of(gold(LocalDate.of(2020, 5, 1), DatePrecision.DAY)));
    Event first = coded("e1", ARREST, LocalDate.of(2020, 5, 1), DatePrecision.DAY, 34.7, 0);
    Event twice = coded("e2", ARREST, LocalDate.of(2020, 5, 1), DatePrecision.DAY, 34.7, 0);
    Event clash = coded("e3", CLASH, LocalDate.of(2020, 5, 1), DatePrecision.DAY, 34.7, 53);
    EventEvaluation.Result r = EventEvaluation.score(set, a -> new CodedArticle(a, List.of(first, twice, clash)));
    assertThat(r.matched()).isEqualTo(1);
    assertThat(r.precision()).isEqualTo(1.0 / 3);
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.spurious()).containsExactly(twice, clash);
    assertThat(r.confusion()).containsEntry("Strategic developments", java.util.Map.of("Strategic developments", 1));
  }
}
