package org.sitrep.merge;

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
import org.sitrep.store.StoredEvent;

class EventMatcherTest {
  private static final Actor IS = new Actor("Islamic State", ActorType.REBEL_GROUP, "");
  private static final Actor SDF = new Actor("Syrian Democratic Forces", ActorType.REBEL_GROUP, "SY");
  private static final EventType CLASH = new EventType("armed_clash", "190", "Battles", "Armed clash");
  private static final EventType ARREST = new EventType("arrest", "173", "Strategic developments", "Arrests");
  private static final Place HAJIN = place("geonames:174506", 34.69508, 40.83138);
  // two villages 2 km apart (about 0.018 degrees of latitude)
  private static final Place VILLAGE_A = place("region:village-a", 34.900, 40.500);
  private static final Place VILLAGE_B = place("region:village-b", 34.918, 40.500);

  private static Place place(String id, double lat, double lon) {
    return new Place(id, id, lat, lon, "Deir ez-Zor", "", "SY", GeoPrecision.EXACT);
  }

  private static Event event(String id, String article, EventType type, LocalDate date, Actor a1, Actor a2, Place p) {
    return new Event(id, article, type, new EventDate(date, DatePrecision.DAY, DateSource.TEXT), a1, a2, p, -1,
        new Evidence("s", 0, 1, "t", 0));
  }

  @Test
  void reportsADayApartAtOnePlaceAreOneEvent() {
    Event a = event("a", "x", CLASH, LocalDate.of(2020, 5, 1), IS, SDF, HAJIN);
    Event b = event("b", "y", CLASH, LocalDate.of(2020, 5, 2), IS, null, HAJIN);
    assertThat(EventMatcher.sameEvent(a, b)).hasValueSatisfying(why ->
        assertThat(why).contains("type Battles").contains("same place geonames:174506").contains("actor1 Islamic State"));
  }

  @Test
  void attacksTwoKilometresApartOnOneDayAreTwoEvents() {
    Event a = event("a", "x", CLASH, LocalDate.of(2020, 5, 1), IS, SDF, VILLAGE_A);
    Event b = event("b", "y", CLASH, LocalDate.of(2020, 5, 1), IS, SDF, VILLAGE_B);
    assertThat(a.place().distanceKm(VILLAGE_B.latitude(), VILLAGE_B.longitude())).isBetween(1.8, 2.2);
    assertThat(EventMatcher.sameEvent(a, b)).isEmpty();
  }

  @Test
  void anotherTypeActorOrWeekIsAnotherEvent() {
    Event a = event("a", "x", CLASH, LocalDate.of(2020, 5, 1), IS, SDF, HAJIN);
    assertThat(EventMatcher.sameEvent(a, event("b", "y", ARREST, LocalDate.of(2020, 5, 1), IS, SDF, HAJIN))).isEmpty();
    assertThat(EventMatcher.sameEvent(a, event("b", "y", CLASH, LocalDate.of(2020, 5, 1), SDF, IS, HAJIN))).isEmpty();
    assertThat(EventMatcher.sameEvent(a, event("b", "y", CLASH, LocalDate.of(2020, 5, 8), IS, SDF, HAJIN))).isEmpty();
  }

  private static Article article(String id, String body) {
    return new Article(id, "site-" + id, "https://" + id + ".example/story", "", LocalDate.of(2020, 5, 2), body,
        List.of());
  }

  @Test
  void syndicatedAndUpdatedReportsMergeAndDistinctAttacksStayApart(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      // the original report and five syndicated copies of it
      String original = "IS fighters attacked an SDF checkpoint in Hajin on Friday.";
      store.save(new CodedArticle(article("wire", original),
          List.of(event("e-wire", "wire", CLASH, LocalDate.of(2020, 5, 1), IS, SDF, HAJIN))));
      for (int i = 1; i <= 5; i++) {
        store.save(new CodedArticle(article("copy" + i, original), List.of()), store.storyOf(original).orElseThrow());
      }
      // two updates of the story, coded anew: later text, a day's difference in the stated date
      for (int i = 1; i <= 2; i++) {
        store.save(new CodedArticle(article("update" + i, original + " Update " + i + ": two fighters were killed."),
            List.of(event("e-update" + i, "update" + i, CLASH, LocalDate.of(2020, 5, i == 1 ? 1 : 2), IS, SDF, HAJIN))));
      }
      // two distinct attacks 2 km apart on the same day
      store.save(new CodedArticle(article("a", "IS attacked village A."),
          List.of(event("e-a", "a", CLASH, LocalDate.of(2020, 5, 3), IS, null, VILLAGE_A))));
      store.save(new CodedArticle(article("b", "IS attacked village B."),
          List.of(event("e-b", "b", CLASH, LocalDate.of(2020, 5, 3), IS, null, VILLAGE_B))));

      List<StoredEvent> events = store.events(EventFilter.ALL);
      assertThat(events).hasSize(3);
      assertThat(events).extracting(e -> e.event().id()).containsExactly("e-wire", "e-a", "e-b");
      assertThat(events).extracting(StoredEvent::reports).containsExactly(8L, 1L, 1L);
      assertThat(events.get(0).source().split("; ")).hasSize(8);
    }
  }

  @Test
  void aMergeIsExplainedAndCanBeUndone(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.save(new CodedArticle(article("first", "IS fighters attacked an SDF checkpoint in Hajin on Friday."),
          List.of(event("e-first", "first", CLASH, LocalDate.of(2020, 5, 1), IS, SDF, HAJIN))));
      store.save(new CodedArticle(article("second", "Fighters of IS struck SDF positions at Hajin."),
          List.of(event("e-second", "second", CLASH, LocalDate.of(2020, 5, 2), IS, SDF, HAJIN))));
      assertThat(store.events(EventFilter.ALL)).hasSize(1);
      List<org.sitrep.store.EventReport> reports = store.reports("e-first");
      assertThat(reports).extracting(org.sitrep.store.EventReport::reportId).containsExactly("e-first", "e-second");
      assertThat(reports.get(0).agreed()).isEqualTo("first report");
      assertThat(reports.get(1).agreed()).contains("type").contains("date");
      assertThat(reports.get(0).separable()).isFalse();
      assertThat(reports.get(1).separable()).isTrue();

      store.separate("e-second");
      List<StoredEvent> events = store.events(EventFilter.ALL);
      assertThat(events).extracting(e -> e.event().id()).containsExactly("e-first", "e-second");
      assertThat(events.get(1).event().date().date()).isEqualTo(LocalDate.of(2020, 5, 2)); // its own coding back
      assertThat(events).extracting(StoredEvent::reports).containsExactly(1L, 1L);
      assertThat(store.reports("e-second")).singleElement().satisfies(r ->
          assertThat(r.agreed()).startsWith("separated from e-first"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.separate("e-first"))
          .hasMessageContaining("first report");
    }
  }
}
