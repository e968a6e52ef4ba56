package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeoDatasetTest {
  private static final String TEXT = "Calgary rally. Crowds in Alberta and in Calgary again.";

  @Test
  void offsetsThatPointAtThePhraseAreKept() {
    assertThat(GeoDataset.aligned(TEXT, "Calgary", 40)).isEqualTo(40);
  }

  @Test
  void driftedOffsetsMoveToTheNearestOccurrenceOfThePhrase() {
    assertThat(GeoDataset.aligned(TEXT, "Calgary", 44)).isEqualTo(40);
    assertThat(GeoDataset.aligned(TEXT, "Alberta", 28)).isEqualTo(25);
  }

  @Test
  void aPhraseNowhereNearItsOffsetKeepsTheOffset() {
    assertThat(GeoDataset.aligned(TEXT, "Edmonton", 10)).isEqualTo(10);
  }
}
