package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.coding.CameoMapping;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

class GdeltImportTest {
  /** A GDELT 2.0 event row (61 tab-separated columns) with the fields the import reads; the rest empty. */
  private static String row(String id, String day, String actor1, String country1, String type1, String actor2,
                            String cameo, String geoType, String fullName, String lat, String lon, String url) {
    String[] f = new String[61];
    Arrays.fill(f, "");
    f[0] = id;
    f[1] = day;
    f[6] = actor1;
    f[7] = country1;
    f[12] = type1;
    f[16] = actor2;
    f[26] = cameo;
    f[28] = cameo.substring(0, 2);
    f[51] = geoType;
    f[52] = fullName;
    f[56] = lat;
    f[57] = lon;
    f[58] = "-1" + id;
    f[60] = url;
    return String.join("\t", f);
  }

  private static final String EXPORT = String.join("\n",
      row("1001", "20200506", "SYRIA", "SYR", "MIL", "MILITANT", "190", "4", "Hajin, Dayr az Zawr, Syria", "34.695",
          "40.831", "https://example.org/a"),
      row("1002", "20200506", "UNITED STATES", "USA", "GOV", "SYRIA", "036", "1", "Syria", "35", "38",
          "https://example.org/b"),
      row("1003", "20200507", "POLICE", "IRQ", "COP", "PROTESTER", "1731", "4", "Baghdad, Baghdad, Iraq", "33.34",
          "44.40", "https://example.org/c"),
      row("1004", "20200507", "REBEL", "", "REB", "", "195", "5", "Idlib, Syria", "35.9", "36.6", "https://example.org/d"),
      "1005\tbroken row") + "\n";

  @Test
  void keepsEventsWithAnAcledCounterpartAndNamesBadRowsByLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("20200507.export.CSV");
    Files.writeString(file, EXPORT);
    assertThat(GdeltImport.looksLikeGdelt(file)).isTrue();
    List<IngestException> errors = new ArrayList<>();
    GdeltImport.Imported imported = GdeltImport.read(file, CameoMapping.load(), errors::add);
    assertThat(imported.events()).extracting(e -> e.id()).containsExactly("gdelt:1001", "gdelt:1003", "gdelt:1004");
    assertThat(imported.outOfScope()).isEqualTo(1); // 036: express intent to meet
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).startsWith(file + ":5:"));

    var clash = imported.events().get(0);
    assertThat(clash.type().acledType()).isEqualTo("Battles");
    assertThat(clash.type().acledSubType()).isEqualTo("Armed clash");
    assertThat(clash.type().cameo()).isEqualTo("190");
    assertThat(clash.date().date()).isEqualTo(LocalDate.of(2020, 5, 6));
    assertThat(clash.actor1().type()).isEqualTo(ActorType.STATE_FORCES);
    assertThat(clash.actor1().country()).isEqualTo("SY");
    assertThat(clash.place().name()).isEqualTo("Hajin");
    assertThat(clash.place().admin1()).isEqualTo("Dayr az Zawr");
    assertThat(clash.place().country()).isEqualTo("SY");
    assertThat(clash.place().precision()).isEqualTo(GeoPrecision.EXACT);
    assertThat(clash.fatalities()).isEqualTo(-1);
    assertThat(clash.evidence().sentence()).isEqualTo("https://example.org/a");

    var arrest = imported.events().get(1);
    assertThat(arrest.type().acledSubType()).isEqualTo("Arrests"); // 1731 falls under 173
    assertThat(arrest.place().country()).isEqualTo("IQ");
    var strike = imported.events().get(2);
    assertThat(strike.type().acledSubType()).isEqualTo("Air/drone strike");
    assertThat(strike.place().precision()).isEqualTo(GeoPrecision.ADMIN1);
    assertThat(strike.place().admin1()).isEqualTo("Idlib");
    assertThat(strike.actor1().type()).isEqualTo(ActorType.REBEL_GROUP);
  }

  @Test
  void importedGdeltEventsAreCountedWithTheirOriginAndImportingAgainAddsNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gdelt.tsv");
    Files.writeString(file, EXPORT);
    GdeltImport.Imported imported = GdeltImport.read(file, CameoMapping.load(), e -> { });
    try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
      assertThat(store.importEvents(imported.file(), imported.events(), "gdelt")).isEqualTo(3);
      assertThat(store.importEvents(imported.file(), imported.events(), "gdelt")).isZero();
      assertThat(store.events(EventFilter.ALL)).extracting(e -> e.origin()).containsOnly("gdelt");
      assertThat(store.count(new EventFilter(null, null, "SY", null, null, null))).isEqualTo(2);
    }
  }

  @Test
  void aUserMappingLineReplacesTheBuiltInOne(@TempDir Path dir) throws Exception {
    Path extra = dir.resolve("more.tsv");
    Files.writeString(extra, "# ours\n036\tStrategic developments\tOther\tmeeting\n");
    assertThat(CameoMapping.load().acledTypeOf("036")).isEmpty();
    assertThat(CameoMapping.load(extra).acledTypeOf("036")).hasValueSatisfying(t ->
        assertThat(t.acledType()).isEqualTo("Strategic developments"));
    Files.writeString(extra, "036\tonly two fields\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CameoMapping.load(extra))
        .hasMessageStartingWith(extra + ":1:");
  }
}
