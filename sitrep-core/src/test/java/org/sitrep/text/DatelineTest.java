package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineTest {
  private static final LocalDate READ_ON = LocalDate.of(2021, 6, 1);

  private static Dateline read(String text) {
    Dateline d = Dateline.parse(text);
    assertNotNull(d, text);
    return d;
  }

  @Test
  void readsReutersPlaceDayAndAgency() {
    Dateline d = read("BEIRUT, May 7 (Reuters) - Gunmen attacked a checkpoint.");
    assertEquals("BEIRUT", d.place());
    assertEquals("Reuters", d.agency());
    assertEquals(LocalDate.of(2021, 5, 7), d.date(READ_ON));
  }

  @Test
  void yearlessDayIsTheLatestNotAfterTheReference() {
    assertEquals(LocalDate.of(2020, 12, 30), read("KABUL, Dec. 30 (Xinhua) -- Text.").date(READ_ON));
  }

  @Test
  void readsApWithCountryAndNoDate() {
    Dateline d = read("KABUL, Afghanistan (AP) — A bomb exploded.");
    assertEquals("KABUL", d.place());
    assertEquals("AP", d.agency());
    assertNull(d.date(READ_ON));
  }

  @Test
  void readsAfpWithFullUsDate() {
    Dateline d = read("MOGADISHU, March 3, 2021 (AFP) - Al-Shabaab fighters stormed a base.");
    assertEquals("MOGADISHU", d.place());
    assertEquals(LocalDate.of(2021, 3, 3), d.date(null));
  }

  @Test
  void readsAnadoluAndXinhua() {
    assertEquals("ANKARA", read("ANKARA (AA) - Turkish forces said.").place());
    Dateline x = read("BAMAKO, Jan. 12 (Xinhua) -- Eight soldiers were killed.");
    assertEquals("Xinhua", x.agency());
    assertEquals(LocalDate.of(2021, 1, 12), x.date(READ_ON));
  }

  @Test
  void readsFbisDayFirstWithTwoDigitYear() {
    Dateline d = read("Concepcion, 23 Aug 88 (Santiago Domestic Service) -- [Report] Unidentified individuals planted a bomb.");
    assertEquals("Concepcion", d.place());
    assertEquals("Santiago Domestic Service", d.agency());
    assertEquals(LocalDate.of(1988, 8, 23), d.date(null));
  }

  @Test
  void readsAMultiWordPlaceAndAStandaloneUpperCaseOne() {
    assertEquals("DEIR EZ-ZOR", read("DEIR EZ-ZOR, Syria — Fighters of the SDF said.").place());
    assertEquals("MAIDUGURI", read("MAIDUGURI, Nigeria — Insurgents attacked.").place());
    assertEquals("TORRINGTON", read("TORRINGTON — Mayor Elinor Carbone said.").place());
  }

  @Test
  void readsMonitoringServiceReports() {
    Dateline d = read("Text of report by Afghan Tolo News TV on 14 May 2021: Taliban fighters attacked.");
    assertNull(d.place());
    assertEquals("Afghan Tolo News TV", d.agency());
    assertEquals(LocalDate.of(2021, 5, 14), d.date(null));
  }

  @Test
  void sentencesAreNoDatelines() {
    assertNull(Dateline.parse("Police said - without giving details - that two men were held."));
    assertNull(Dateline.parse("Two soldiers were killed when gunmen attacked a checkpoint near Kidal on Monday."));
    assertNull(Dateline.parse("Warning: graphic content."));
    assertNull(Dateline.parse("KABUL, June 31 (Reuters) - Not a day."));
  }

  @Test
  void readsWrittenDatesOfHeaders() {
    assertEquals(LocalDate.of(2021, 3, 14), Dateline.writtenDate("Sun, 14 Mar 2021 10:22:01 +0000"));
    assertEquals(LocalDate.of(2021, 3, 14), Dateline.writtenDate("March 14, 2021"));
    assertNull(Dateline.writtenDate("yesterday"));
  }
}
