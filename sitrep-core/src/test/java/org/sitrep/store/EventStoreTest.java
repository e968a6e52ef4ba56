package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.sitrep.domain.Counts;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

class EventStoreTest {
  private static final Actor SDF = new Actor("Syrian Democratic Forces", ActorType.REBEL_GROUP, "SY");
  private static final Actor IS = new Actor("Islamic State", ActorType.REBEL_GROUP, "");
  private static final Place HAJIN = new Place("geonames:174506", "Hajin", 34.695, 40.831, "Deir ez-Zor", "", "SY",
      GeoPrecision.EXACT);

  private static CodedArticle article(String id, String eventId, LocalDate date, String admin1) {
    Article a = new Article(id, "VOA", "x.txt", "T", LocalDate.of(2020, 5, 7), "SDF arrested IS men.", List.of("cap"));
    Place p = new Place(HAJIN.gazetteerId(), HAJIN.name(), HAJIN.latitude(), HAJIN.longitude(), admin1, "", "SY",
        GeoPrecision.EXACT);
    Event e = new Event(eventId, id, new EventType("arrest", "173", "Strategic developments", "Arrests"),
        new EventDate(date, DatePrecision.DAY, DateSource.TEXT), SDF, IS, p, -1,
        new Evidence("SDF arrested IS men.", 0, 20, "arrested", 4),
        new Counts(Counts.Count.UNKNOWN, new Counts.Count(2, ""), new Counts.Count(3, "at least")));
    return new CodedArticle(a, List.of(e));
  }

  @Test
  void eventsRoundTripWithEveryField(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      CodedArticle coded = article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor");
      assertThat(store.save(coded)).isTrue();
      List<StoredEvent> events = store.events(EventFilter.ALL);
      assertThat(events).hasSize(1);
      assertThat(events.get(0).event()).isEqualTo(coded.events().get(0));
      assertThat(events.get(0).source()).isEqualTo("VOA");
    }
  }

  @Test
  void readingPageByPageGivesEveryEventOnceInOrderAcrossDaysSharedByAPageBoundary(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      Event template = article("a1", "e", LocalDate.of(2020, 5, 1), "Deir ez-Zor").events().get(0);
      Article source = new Article("acled", "ACLED", "acled.csv", "", LocalDate.of(2020, 6, 1), "", List.of());
      int[] days = {3, 1, 1, 2, 1, 2, 4};
      List<Event> events = new java.util.ArrayList<>();
      for (int i = 0; i < days.length; i++) {
        events.add(new Event("e" + (7 - i), "acled", template.type(),
            new EventDate(LocalDate.of(2020, 5, days[i]), DatePrecision.DAY, DateSource.TEXT), template.actor1(),
            template.actor2(), template.place(), -1, template.evidence(), template.counts()));
      }
      store.importEvents(source, events, "acled");
      List<String> all = store.events(EventFilter.ALL).stream().map(e -> e.event().id()).toList();
      List<String> paged = new java.util.ArrayList<>();
      store.eachEvent(EventFilter.ALL, 2).forEach(e -> paged.add(e.event().id()));
      assertThat(all).hasSize(7);
      assertThat(paged).isEqualTo(all);
    }
  }

  @Test
  void savingTheSameArticleTwiceAddsNothing(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      assertThat(store.save(article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor"))).isTrue();
      assertThat(store.save(article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor"))).isFalse();
      assertThat(store.countEvents()).isEqualTo(1);
    }
  }

  @Test
  void storeReopensWithItsDataAndSchema(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.duckdb");
    try (EventStore store = EventStore.open(file)) {
      store.save(article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor"));
    }
    try (EventStore store = EventStore.open(file)) {
      assertThat(store.countArticles()).isEqualTo(1);
      assertThat(store.countEvents()).isEqualTo(1);
    }
  }

  @Test
  void filtersByDateRegionActorAndType(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.save(article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor"));
      store.save(article("a2", "e2", LocalDate.of(2020, 4, 1), "Homs"));
      assertThat(store.events(new EventFilter(LocalDate.of(2020, 4, 15), null, null, null, null, null))).hasSize(1);
      assertThat(store.events(new EventFilter(null, null, "sy", "homs", null, null))).hasSize(1);
      assertThat(store.events(new EventFilter(null, null, null, null, "democratic", "Arrests"))).hasSize(2);
      assertThat(store.events(new EventFilter(null, null, null, null, "100%_", null))).isEmpty();
      assertThat(store.events(new EventFilter(null, null, null, null, null, "Battles"))).isEmpty();
    }
  }

  @Test
  void seriesCountsEventsPerIntervalAndGroup(@TempDir Path dir) throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      store.save(article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor"));
      store.save(article("a2", "e2", LocalDate.of(2020, 5, 20), "Homs"));
      store.save(article("a3", "e3", LocalDate.of(2020, 4, 3), "Homs"));
      var monthly = store.series(EventFilter.ALL, EventStore.Interval.MONTH, EventStore.Grouping.NONE);
      assertThat(monthly).containsExactly(new EventStore.Bucket(LocalDate.of(2020, 4, 1), "", 1, 0),
          new EventStore.Bucket(LocalDate.of(2020, 5, 1), "", 2, 0));
      var byAdmin = store.series(EventFilter.ALL, EventStore.Interval.MONTH, EventStore.Grouping.ADMIN1);
      assertThat(byAdmin).hasSize(3).extracting(EventStore.Bucket::group).containsExactly("Homs", "Deir ez-Zor", "Homs");
      assertThat(store.count(new EventFilter(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31), null, null, null, null)))
          .isEqualTo(2);
    }
  }

  @Test
  void aDatabaseWhoseDirectoryCannotBeWrittenIsRefusedNamingTheDirectoryAndStillReads(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("locked").resolve("s.duckdb");
    try (EventStore store = EventStore.open(db)) {
      store.save(article("a1", "e1", LocalDate.of(2020, 5, 1), "Deir ez-Zor"));
    }
    try (ReadOnlyDirectory locked = ReadOnlyDirectory.of(db.getParent())) {
      assertThatThrownBy(() -> EventStore.open(db)).isInstanceOf(java.sql.SQLException.class)
          .hasMessageContaining("cannot write in " + db.getParent()).hasMessageContaining("write-ahead log");
      try (EventStore store = EventStore.openForReading(db)) {
        assertThat(store.count(EventFilter.ALL)).isEqualTo(1);
      }
    }
  }

  /**
   * A directory no one may create files in, for the test's length: by its mode for a user, by the
   * immutable attribute for root (whom modes do not stop); the test is skipped where neither holds.
   */
  private record ReadOnlyDirectory(Path dir, boolean immutable) implements AutoCloseable {
    static ReadOnlyDirectory of(Path dir) throws Exception {
      java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
      if (!writable(dir)) {
        return new ReadOnlyDirectory(dir, false);
      }
      boolean chattr = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start().waitFor() == 0;
      ReadOnlyDirectory locked = new ReadOnlyDirectory(dir, chattr);
      if (!chattr || writable(dir)) {
        locked.close();
        org.junit.jupiter.api.Assumptions.abort("no way to make a directory read-only here (root without chattr)");
      }
      return locked;
    }

    private static boolean writable(Path dir) {
      try {
        java.nio.file.Files.delete(java.nio.file.Files.createTempFile(dir, "probe", ".tmp"));
        return true;
      } catch (java.io.IOException e) {
        return false;
      }
    }

    @Override
    public void close() throws Exception {
      if (immutable) {
        new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
      }
      java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
