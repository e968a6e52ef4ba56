package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.EventType;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.store.StoredEvent;

class EventWritersTest {
  private static final StoredEvent EVENT = new StoredEvent(new Event("e1", "a1",
      new EventType("arrest", "173", "Strategic developments", "Arrests"),
      new EventDate(LocalDate.of(2020, 5, 1), DatePrecision.DAY, DateSource.TEXT),
      new Actor("Syrian Democratic Forces", ActorType.REBEL_GROUP, "SY"), null,
      new Place("geonames:174506", "Hajin", 34.695, 40.831, "Deir ez-Zor", "", "SY", GeoPrecision.EXACT), -1,
      new Evidence("SDF said: \"we arrested them, all\".", 10, 44, "arrested", 24)), "VOA", "x.txt", "T", 1, "sitrep");

  @Test
  void csvUsesAcledColumnNamesAndQuotesCells() {
    StringWriter out = new StringWriter();
    EventWriters.csv(List.of(EVENT), new PrintWriter(out));
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0]).startsWith("event_id,event_date,time_precision,")
        .contains(",event_type,sub_event_type,", ",actor1,inter1,actor2,inter2,country,", ",geo_precision,", ",notes,");
    assertThat(lines[1]).contains(",2020-05-01,1,day,text,Strategic developments,Arrests,173,arrest,Syrian Democratic Forces,2,,,Syria,SY,")
        .contains("\"SDF said: \"\"we arrested them, all\"\".\"");
  }

  @Test
  void jsonLeavesUnknownsNull() throws Exception {
    StringWriter out = new StringWriter();
    EventWriters.jsonLines(List.of(EVENT), new PrintWriter(out));
    assertThat(out.toString()).contains("\"actor2\":null").contains("\"fatalities\":null")
        .contains("\"event_date\":\"2020-05-01\"");
  }
}
