package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

class AcledImportTest {
  /** Rows written for this test in ACLED's format (the events are invented). */
  private static final String EXPORT = """
      event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities
      SYR100001,06 May 2020,2020,1,Battles,Armed clash,Islamic State (Syria),2,SDF: Syrian Democratic Forces,2,Syria,Deir-ez-Zor,Abu Kamal,Hajin,34.6951,40.8314,1,Example Monitor,"On 6 May 2020, IS fighters clashed with the SDF near Hajin, the ""monitor"" said.",2
      SYR100002,2020-05-01,2020,2,Strategic developments,Arrests,Military Forces of Syria (2000-),1,,0,Syria,Deir-ez-Zor,Deir-ez-Zor,Deir-ez-Zor,35.3359,40.1408,3,Example Monitor,Arrests reported.,0
      SYR100003,not a date,2020,1,Battles,Armed clash,X,2,,0,Syria,,,,1,1,1,,,0
      """;

  @Test
  void readsAcledColumnsAndReportsTheBadRowByLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("acled.csv");
    Files.writeString(csv, EXPORT);
    List<IngestException> errors = new ArrayList<>();
    AcledImport.Imported imported = AcledImport.read(csv, errors::add);
    assertThat(imported.events()).hasSize(2);
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).startsWith(csv + ":4:"));
    var clash = imported.events().get(0);
    assertThat(clash.date().date()).isEqualTo(LocalDate.of(2020, 5, 6));
    assertThat(clash.actor1().type()).isEqualTo(ActorType.REBEL_GROUP);
    assertThat(clash.place().country()).isEqualTo("SY");
    assertThat(clash.place().precision()).isEqualTo(GeoPrecision.EXACT);
    assertThat(clash.fatalities()).isEqualTo(2);
    assertThat(clash.evidence().sentence()).contains("the \"monitor\" said");
    assertThat(imported.events().get(1).place().precision()).isEqualTo(GeoPrecision.ADMIN1);
  }

  @Test
  void importedEventsStandBesideSitrepsAndImportingAgainAddsNothing(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("acled.csv");
    Files.writeString(csv, EXPORT);
    AcledImport.Imported imported = AcledImport.read(csv, e -> { });
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      assertThat(store.importEvents(imported.file(), imported.events(), "acled")).isEqualTo(2);
      assertThat(store.importEvents(imported.file(), imported.events(), "acled")).isZero();
      var events = store.events(EventFilter.ALL);
      assertThat(events).hasSize(2).allMatch(e -> e.origin().equals("acled"));
      assertThat(store.count(new EventFilter(null, null, "SY", null, null, "Battles"))).isEqualTo(1);
    }
  }
}
