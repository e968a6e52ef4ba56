package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

class EventMergerTest {
  private static final EventType BOMBING = new EventType("bombing", "183", "Explosions/Remote violence",
      "Remote explosive/landmine/IED");

  private static Event event(String id, int day, double lat) {
    return new Event(id, "a-" + id, BOMBING, new EventDate(LocalDate.of(2020, 5, day), DatePrecision.DAY, DateSource.TEXT),
        null, null, new Place("p" + lat, "Busayrah", lat, 40.43, "Deir ez-Zor", "", "SY", GeoPrecision.EXACT), 2,
        new Evidence("A roadside bomb exploded.", 0, 25, "bomb", 2));
  }

  @Test
  void aSecondReportJoinsTheFirstAndADistinctEventStaysApart() {
    EventMerger merger = new EventMerger();
    EventMerger.Merged first = merger.add(event("e1", 4, 35.15));
    EventMerger.Merged again = merger.add(event("e2", 4, 35.1501));
    EventMerger.Merged elsewhere = merger.add(event("e3", 4, 35.25)); // 11 km north
    EventMerger.Merged later = merger.add(event("e4", 20, 35.15));
    assertThat(first.isFirstReport()).isTrue();
    assertThat(again.eventId()).isEqualTo("e1");
    assertThat(again.agreed()).contains("type Explosions/Remote violence");
    assertThat(elsewhere.isFirstReport()).isTrue();
    assertThat(later.isFirstReport()).isTrue();
  }

  @Test
  void eventsOfAnotherCountryOrTypeAreNeverCandidates() {
    Event e = event("e1", 4, 35.15);
    Event other = new Event("e2", "a2", new EventType("arrest", "173", "Strategic developments", "Arrests"),
        e.date(), null, null, e.place(), -1, e.evidence());
    assertThat(EventMerger.block(e)).isNotEqualTo(EventMerger.block(other));
  }
}
