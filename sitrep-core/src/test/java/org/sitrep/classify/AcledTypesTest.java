package org.sitrep.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcledTypesTest {
  @Test
  void holdsEveryAcledSubEventTypeWithItsCameoCodeAndPloverType() {
    AcledTypes types = AcledTypes.bundled();
    assertThat(types.labels()).hasSize(25);
    AcledTypes.Type grenade = types.ofLabel("GRENADE");
    assertThat(grenade.eventType().acledType()).isEqualTo("Explosions/Remote violence");
    assertThat(grenade.eventType().acledSubType()).isEqualTo("Grenade");
    assertThat(grenade.eventType().cameo()).isEqualTo("183");
    assertThat(grenade.plover()).isEqualTo("ASSAULT");
    assertThat(types.labelOf("Mob violence")).isEqualTo("MOB_VIOL");
    assertThat(types.ofLabel("DIPLO")).isNull();
  }

  @Test
  void theTeamsTrainingDataCoverEveryTypeAndTheKindsAcledDoesNotCode() {
    var labels = LabelledText.teamData().stream().map(LabelledText::label).collect(java.util.stream.Collectors.toSet());
    assertThat(labels).containsAll(AcledTypes.bundled().labels()).containsAll(AcledTypes.NOT_EVENTS);
  }
}
