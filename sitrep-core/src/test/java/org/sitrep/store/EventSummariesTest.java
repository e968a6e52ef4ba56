package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.EventCells;
import org.sitrep.store.EventSummaries.Bounds;
import org.sitrep.store.EventSummaries.Facet;
import org.sitrep.store.EventSummaries.PlaceTally;
import org.sitrep.store.EventSummaries.Tally;
import org.sitrep.store.EventSummaries.ValueCount;

class EventSummariesTest {
  private static final int EVENTS = 20_000;
  private static final Bounds SYRIA = new Bounds(32, 35, 37.5, 42.5);

  @TempDir
  static Path dir;
  private static EventStore store;

  @BeforeAll
  static void fill() throws Exception {
    Path file = dir.resolve("summaries.duckdb");
    EventStore.open(file).close();
    SyntheticEvents.fill(file, EVENTS, SyntheticEvents.Mix.MIXED);
    store = EventStore.open(file);
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  private static long sum(List<PlaceTally> places) {
    return places.stream().mapToLong(PlaceTally::events).sum();
  }

  @Test
  void theMapsPartsAddUpToEveryMatchingEvent() throws Exception {
    Tally world = store.summaries().tally(EventFilter.ALL, EventCells.snapStep(2), null);
    assertThat(world.total()).isEqualTo(EVENTS);
    assertThat(world.unlocated()).isEqualTo(EVENTS / 20);
    assertThat(world.outside()).isZero();
    assertThat(sum(world.places())).isEqualTo(EVENTS - world.unlocated());

    Tally syria = store.summaries().tally(EventFilter.ALL, EventCells.snapStep(5), SYRIA);
    assertThat(syria.inView()).isPositive();
    assertThat(syria.inView() + syria.outside() + syria.unlocated()).isEqualTo(EVENTS);
    assertThat(sum(syria.places())).isEqualTo(syria.inView());
    List<EventCells.Cell> cells = EventCells.of(syria.places(), 5);
    assertThat(cells.stream().mapToLong(EventCells.Cell::events).sum()).isEqualTo(syria.inView());
    assertThat(cells).allSatisfy(c -> assertThat(c.byType().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(c.events()));
  }

  @Test
  void aViewAcrossTheAntimeridianCountsBothSides() throws Exception {
    Tally across = store.summaries().tally(EventFilter.ALL, 1, new Bounds(-50, 160, 60, -160));
    Tally east = store.summaries().tally(EventFilter.ALL, 1, new Bounds(-50, 160, 60, 180));
    Tally west = store.summaries().tally(EventFilter.ALL, 1, new Bounds(-50, -180, 60, -160));
    assertThat(across.inView()).isEqualTo(east.inView() + west.inView()).isPositive();
  }

  @Test
  void theMapCountsTheSameEventsAsTheTableForAFilterAndText() throws Exception {
    EventFilter syria = new EventFilter(null, null, "SY", null, null, "Battles", "sitrep", "synthetic");
    Tally t = store.summaries().tally(syria, 0.1, null);
    long table = store.page(new EventQuery(syria, "event_date", true, 1, 0)).total();
    assertThat(t.total()).isEqualTo(table).isPositive();
    EventFilter noSuchWords = new EventFilter(null, null, "SY", null, null, "Battles", "sitrep", "no such words");
    assertThat(store.summaries().tally(noSuchWords, 0.1, null).total()).isZero();
    assertThat(store.series(noSuchWords, EventStore.Interval.WEEK, EventStore.Grouping.NONE)).isEmpty();
  }

  @Test
  void facetsCountEachValueAmongTheMatchingEvents() throws Exception {
    Map<Facet, List<ValueCount>> f = store.summaries().facets(EventFilter.ALL, 50);
    assertThat(f.get(Facet.ORIGIN).stream().mapToLong(ValueCount::events).sum()).isEqualTo(EVENTS);
    assertThat(f.get(Facet.EVENT_TYPE)).hasSize(6);
    assertThat(f.get(Facet.COUNTRY).get(0)).isEqualTo(new ValueCount("SY", EVENTS / 10));
    long acled = f.get(Facet.ORIGIN).stream().filter(v -> v.value().equals("acled")).findFirst().orElseThrow().events();
    assertThat(store.count(new EventFilter(null, null, null, null, null, null, "acled", null))).isEqualTo(acled);
    // an actor counts once for each side it is on; the synthetic events name only actor1
    assertThat(f.get(Facet.ACTOR).stream().mapToLong(ValueCount::events).sum()).isEqualTo(EVENTS);
    Map<Facet, List<ValueCount>> syria = store.summaries().facets(new EventFilter(null, null, "SY", null, null, null),
        3);
    assertThat(syria.get(Facet.COUNTRY)).containsExactly(new ValueCount("SY", EVENTS / 10));
    assertThat(syria.get(Facet.ADMIN1)).hasSize(3).allSatisfy(v -> assertThat(v.value()).startsWith("Governorate"));
  }

  @Test
  void boundsOutsideTheGlobeAreRefused() {
    assertThatThrownBy(() -> new Bounds(Double.NaN, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bounds(10, 0, 5, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bounds(0, 0, 1, 200)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDivisionMatchesByAnyOfItsSpellingsButNotItsNeighbours() throws Exception {
    Path file = dir.resolve("spellings.duckdb");
    EventStore.open(file).close();
    SyntheticEvents.fill(file, 900);
    List<String> names = List.of("Idleb", "Deir ez-Zor", "North Kivu", "South Kivu", "Region 1", "Region 2",
        "Salah ad Din", "Hama", "Homs");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file); var st = c.createStatement()) {
      st.execute("UPDATE events SET admin1 = ['" + String.join("', '", names) + "'][1 + CAST(substr(id, 2) AS INTEGER) % 9]");
    }
    try (EventStore spellings = EventStore.open(file)) {
      java.util.function.Function<String, Long> count = name -> {
        try {
          return spellings.count(new EventFilter(null, null, null, name, null, null));
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
      };
      assertThat(count.apply("Idleb")).isEqualTo(100);
      assertThat(count.apply("Idlib")).isEqualTo(100);
      assertThat(count.apply("deir el-zour")).isEqualTo(100);
      assertThat(count.apply("Dayr az Zor")).isEqualTo(100);
      assertThat(count.apply("Salah al-Din")).isEqualTo(100);
      assertThat(count.apply("North Kivu")).isEqualTo(100);
      assertThat(count.apply("Region 1")).isEqualTo(100);
      assertThat(count.apply("Hama")).isEqualTo(100);
      assertThat(count.apply("Homs")).isEqualTo(100);
      assertThat(count.apply("Aleppo")).isZero();
      org.junit.jupiter.api.Assumptions.assumeFalse(org.sitrep.geo.DivisionNames.cached().namesOf("Saladin", "IQ").isEmpty(),
          "./setup installs the division names (iso3166-2-db)");
      assertThat(count.apply("Saladin")).as("the gazetteer's English name of Salah ad Din").isEqualTo(100);
      assertThat(count.apply("Idleb Governorate")).isEqualTo(100);
      assertThat(count.apply("Aleppo")).isZero();
    }
  }
}
