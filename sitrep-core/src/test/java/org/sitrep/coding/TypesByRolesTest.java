package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.classify.AcledTypes;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.Evidence;

/** The rules that settle an event's type by its roles, as ACLED's codebook tells the types apart. */
class TypesByRolesTest {
  private static final AcledTypes TYPES = AcledTypes.bundled();
  private static final Actor ARMY = new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "ML");
  private static final Actor JNIM = new Actor("JNIM", ActorType.REBEL_GROUP, "");
  private static final Actor MILITIA = new Actor("Dan Na Ambassagou", ActorType.IDENTITY_MILITIA, "ML");
  private static final Actor VILLAGERS = new Actor("Civilians (Mali)", ActorType.CIVILIANS, "ML");
  private static final Actor FOREIGN = new Actor("Military Forces of France", ActorType.EXTERNAL_FORCES, "FR");

  private static Event event(String label, Actor actor1, Actor actor2, int killed) {
    String sentence = "The sentence the event was coded from.";
    return new Event("e1", "a1", TYPES.ofLabel(label).eventType(),
        new EventDate(LocalDate.of(2021, 3, 1), DatePrecision.DAY, DateSource.TEXT), actor1, actor2, null, killed,
        new Evidence(sentence, 0, sentence.length(), "took", 4), null);
  }

  private static String label(Event e) {
    return TYPES.labelOf(e.type().acledSubType());
  }

  @Test
  void aPlaceTakenByForceIsRegainedWhenStateForcesTookItAndOvertakenWhenARebelGroupOrMilitiaDid() {
    TerritoryTaker taker = new TerritoryTaker(TYPES);
    assertThat(label(taker.apply(event("NON_STATE_ACTOR_OVERTAKES_TER", ARMY, JNIM, -1)))).isEqualTo("GOV_REGAINS_TERIT");
    assertThat(label(taker.apply(event("GOV_REGAINS_TERIT", JNIM, ARMY, -1)))).isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    assertThat(label(taker.apply(event("GOV_REGAINS_TERIT", MILITIA, null, -1)))).isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
  }

  @Test
  void aPlaceTakenByForeignForcesOrByNoOneNamedKeepsItsTypeAndOtherTypesAreLeftAlone() {
    TerritoryTaker taker = new TerritoryTaker(TYPES);
    assertThat(label(taker.apply(event("NON_STATE_ACTOR_OVERTAKES_TER", FOREIGN, JNIM, -1))))
        .isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    assertThat(label(taker.apply(event("GOV_REGAINS_TERIT", null, JNIM, -1)))).isEqualTo("GOV_REGAINS_TERIT");
    assertThat(label(taker.apply(event("NON_VIOL_TERRIT_TRANSFER", JNIM, null, -1)))).isEqualTo("NON_VIOL_TERRIT_TRANSFER");
  }

  @Test
  void aPlaceTakenFromStateForcesByNoOneNamedWasOvertakenByANonStateActor() {
    TerritoryTaker taker = new TerritoryTaker(TYPES);
    assertThat(label(taker.apply(event("GOV_REGAINS_TERIT", null, ARMY, -1)))).isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    assertThat(label(taker.apply(event("NON_STATE_ACTOR_OVERTAKES_TER", null, ARMY, -1))))
        .isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    // taken from a rebel group by no one named: the government or a rival group, so the type stays
    assertThat(label(taker.apply(event("NON_STATE_ACTOR_OVERTAKES_TER", null, JNIM, -1))))
        .isEqualTo("NON_STATE_ACTOR_OVERTAKES_TER");
    // other types taken from the army are left alone
    assertThat(label(taker.apply(event("NON_VIOL_TERRIT_TRANSFER", null, ARMY, -1)))).isEqualTo("NON_VIOL_TERRIT_TRANSFER");
  }

  @Test
  void anAttackOnAnArmedActorIsAClashAndAClashWithCiviliansAnAttack() {
    ViolenceTarget target = new ViolenceTarget(TYPES);
    assertThat(label(target.apply(event("ATTACK", JNIM, ARMY, 4)))).isEqualTo("ARMED_CLASH");
    assertThat(label(target.apply(event("ARMED_CLASH", MILITIA, VILLAGERS, 12)))).isEqualTo("ATTACK");
  }

  @Test
  void anAttackOnCiviliansOrWithoutANamedTargetStaysAnAttack() {
    ViolenceTarget target = new ViolenceTarget(TYPES);
    assertThat(label(target.apply(event("ATTACK", JNIM, VILLAGERS, 3)))).isEqualTo("ATTACK");
    assertThat(label(target.apply(event("ATTACK", JNIM, null, 3)))).isEqualTo("ATTACK");
    assertThat(label(target.apply(event("ARMED_CLASH", ARMY, JNIM, 3)))).isEqualTo("ARMED_CLASH");
  }
}
