package org.sitrep.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

public class SimHashTest {
  public static final String WIRE = """
      BEIRUT (AP) — U.S.-backed Syrian fighters detained three members of an Islamic State cell in the eastern
      town of Hajin on Friday, a spokesman for the Kurdish-led forces said, the latest in a series of raids in
      the oil-rich province along the Euphrates River. The spokesman said the cell had planted roadside bombs
      targeting patrols of the Syrian Democratic Forces and had attacked a checkpoint on the outskirts of the
      town last week, wounding two fighters. The detainees were handed to investigators in the provincial
      capital. The extremist group lost the last scrap of its territory in Syria in March last year, but its
      sleeper cells have kept up a low-level insurgency of bombings, assassinations and ambushes across the
      desert and the river valley, and officials in the region say attacks have risen in recent weeks as
      forces were redeployed to contain the coronavirus pandemic. The U.S.-led coalition, which keeps several
      hundred troops in the region, said it supported the operation with surveillance aircraft.
      """;

  @Test
  void syndicatedCopiesAreNearDuplicates() {
    String copy = WIRE.replace("BEIRUT (AP) —", "BEIRUT —") + " Copyright 2020 The Associated Press.";
    assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(copy))).isLessThanOrEqualTo(SimHash.CANDIDATE_BITS);
    assertThat(SimHash.resemblance(WIRE, copy)).isGreaterThanOrEqualTo(SimHash.SAME_STORY);
  }

  @Test
  void differentStoriesAreFarApart() {
    long a = SimHash.of(WIRE);
    long b = SimHash.of("Iraqi security forces killed four militants in an air strike in the Hamrin mountains on "
        + "Tuesday, the military said, adding that a weapons cache and explosives were seized in the raid.");
    assertThat(SimHash.distance(a, b)).isGreaterThan(SimHash.CANDIDATE_BITS);
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    assertThat(SimHash.of("Forces raided the village.")).isEqualTo(SimHash.of("forces RAIDED the village"));
  }
}
