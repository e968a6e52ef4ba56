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
    assertThat(lines[1]).contains(",2020-05-01,1,day,text,Strategic developments,Arrests,173,4,-5.0,COERCE,arrest,Syrian Democratic Forces,2,,,Syria,SY,")
        .contains("\"SDF said: \"\"we arrested them, all\"\".\"");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
    assertThat(EventWriters.csvCell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(EventWriters.csvCell("+cmd")).isEqualTo("'+cmd");
    assertThat(EventWriters.csvCell("-2+3")).isEqualTo("'-2+3");
    assertThat(EventWriters.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(EventWriters.csvCell("\tx")).isEqualTo("'\tx");
    assertThat(EventWriters.csvCell("-36.82")).isEqualTo("-36.82"); // a longitude stays a number
    assertThat(EventWriters.csvCell("Kabul")).isEqualTo("Kabul");
  }

  @Test
  void jsonLeavesUnknownsNull() throws Exception {
    StringWriter out = new StringWriter();
    EventWriters.jsonLines(List.of(EVENT), new PrintWriter(out));
    assertThat(out.toString()).contains("\"actor2\":null").contains("\"fatalities\":null")
        .contains("\"event_date\":\"2020-05-01\"");
  }

  @Test
  void geoJsonPutsLongitudeFirstAndKeepsUnlocatedEventsWithNullGeometry() throws Exception {
    StoredEvent unlocated = new StoredEvent(new Event("e2", "a1", EVENT.event().type(), EVENT.event().date(),
        EVENT.event().actor1(), null, null, 3, EVENT.event().evidence()), "VOA", "x.txt", "T", 1, "sitrep");
    StringWriter out = new StringWriter();
    EventWriters.geoJson(List.of(EVENT, unlocated), new PrintWriter(out));
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
    var first = json.get("features").get(0);
    assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(40.831);
    assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(34.695);
    assertThat(first.get("properties").get("sub_event_type").asText()).isEqualTo("Arrests");
    assertThat(json.get("features").get(1).get("geometry").isNull()).isTrue();
    assertThat(json.get("features").get(1).get("properties").get("fatalities").asInt()).isEqualTo(3);
  }

  @Test
  void parquetHoldsTypedColumnsDuckDbReadsBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("it's events.parquet");
    EventWriters.parquet(List.of(EVENT), file);
    try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
         var ps = db.prepareStatement("SELECT event_date, latitude, fatalities, notes, typeof(event_date), typeof(inter1) "
             + "FROM read_parquet(?)")) {
      ps.setString(1, file.toString());
      try (var rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getDate(1).toLocalDate()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(rs.getDouble(2)).isEqualTo(34.695);
        rs.getInt(3);
        assertThat(rs.wasNull()).isTrue();
        assertThat(rs.getString(4)).isEqualTo("SDF said: \"we arrested them, all\".");
        assertThat(rs.getString(5)).isEqualTo("DATE");
        assertThat(rs.getString(6)).isEqualTo("INTEGER");
        assertThat(rs.next()).isFalse();
      }
    }
  }
}
