package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.domain.DatePrecision;

class TemporalValuesTest {
  @Test
  void readsTimexValuesAtTheirPrecision() {
    assertThat(TemporalValues.parse("2020-05-06").orElseThrow())
        .isEqualTo(new TemporalValues.Value(LocalDate.of(2020, 5, 6), DatePrecision.DAY));
    assertThat(TemporalValues.parse("2020-W19").orElseThrow())
        .isEqualTo(new TemporalValues.Value(LocalDate.of(2020, 5, 4), DatePrecision.WEEK));
    assertThat(TemporalValues.parse("2019-10").orElseThrow())
        .isEqualTo(new TemporalValues.Value(LocalDate.of(2019, 10, 1), DatePrecision.MONTH));
    assertThat(TemporalValues.parse("2019").orElseThrow().precision()).isEqualTo(DatePrecision.YEAR);
  }

  @Test
  void durationsAndVagueReferencesNameNoPeriod() {
    assertThat(TemporalValues.parse("P1W")).isEmpty();
    assertThat(TemporalValues.parse("PAST_REF")).isEmpty();
    assertThat(TemporalValues.parse("2019-02-30")).isEmpty();
    assertThat(TemporalValues.parse(null)).isEmpty();
  }

  @Test
  void aBareWeekdayAfterPublicationMeansTheWeekBefore() {
    LocalDate thursday = LocalDate.of(2020, 5, 7);
    var friday = new TemporalValues.Value(LocalDate.of(2020, 5, 8), DatePrecision.DAY);
    assertThat(TemporalValues.pastWeekday(friday, "Friday", thursday).date()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(TemporalValues.pastWeekday(friday, "next Friday", thursday).date()).isEqualTo(LocalDate.of(2020, 5, 8));
  }
}
