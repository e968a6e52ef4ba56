package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineTest {
  private static final LocalDate READ_ON = LocalDate.of(2021, 6, 1);

  private static Dateline read(String text) {
    Dateline d = Dateline.parse(text);
    assertNotNull(d, text);
    return d;
  }

  /**
   * Each agency's form: the place, the agency and the date read from it, read on READ_ON (2021-06-01) or
   * with no reference date; "-" is none.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Reuters: place, day and agency | BEIRUT, May 7 (Reuters) - Gunmen attacked a checkpoint. | BEIRUT | Reuters | 2021-06-01 | 2021-05-07
      AP: a place with its country and no date | KABUL, Afghanistan (AP) — A bomb exploded. | KABUL | AP | 2021-06-01 | -
      AFP: a full US date needs no reference | MOGADISHU, March 3, 2021 (AFP) - Al-Shabaab fighters stormed a base. | MOGADISHU | AFP | - | 2021-03-03
      FBIS: day first with a two-digit year | Concepcion, 23 Aug 88 (Santiago Domestic Service) -- [Report] Unidentified individuals planted a bomb. | Concepcion | Santiago Domestic Service | - | 1988-08-23
      a monitoring service's report names no place | Text of report by Afghan Tolo News TV on 14 May 2021: Taliban fighters attacked. | - | Afghan Tolo News TV | - | 2021-05-14
      """)
  void readsThePlaceAgencyAndDateOfEachAgencysForm(String form, String text, String place, String agency,
      LocalDate readOn, LocalDate date) {
    Dateline d = read(text);
    assertEquals(place, d.place());
    assertEquals(agency, d.agency());
    assertEquals(date, d.date(readOn));
  }

  @Test
  void yearlessDayIsTheLatestNotAfterTheReference() {
    assertEquals(LocalDate.of(2020, 12, 30), read("KABUL, Dec. 30 (Xinhua) -- Text.").date(READ_ON));
  }

  @Test
  void readsAnadoluAndXinhua() {
    assertEquals("ANKARA", read("ANKARA (AA) - Turkish forces said.").place());
    Dateline x = read("BAMAKO, Jan. 12 (Xinhua) -- Eight soldiers were killed.");
    assertEquals("Xinhua", x.agency());
    assertEquals(LocalDate.of(2021, 1, 12), x.date(READ_ON));
  }

  @Test
  void readsAMultiWordPlaceAndAStandaloneUpperCaseOne() {
    assertEquals("DEIR EZ-ZOR", read("DEIR EZ-ZOR, Syria — Fighters of the SDF said.").place());
    assertEquals("MAIDUGURI", read("MAIDUGURI, Nigeria — Insurgents attacked.").place());
    assertEquals("TORRINGTON", read("TORRINGTON — Mayor Elinor Carbone said.").place());
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
