package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingFloorsTest {
  @Test
  void floorsAreGivenByNameAndTheOthersMissNothing() {
    Scaling.Floors f = Scaling.Floors.of(Map.of("scaling", 1.4, "scaling-of-corenlp", 0.85));
    assertThat(f).isEqualTo(new Scaling.Floors(0, 0, 1.4, 0.85));
  }

  @Test
  void aMisspeltFloorIsAnErrorNamingItAndTheFloors() {
    assertThatThrownBy(() -> Scaling.Floors.of(Map.of("scalin", 1.4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--min scalin").hasMessageContaining("scaling-of-corenlp");
  }
}
