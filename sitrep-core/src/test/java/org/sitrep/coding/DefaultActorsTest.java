package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.classify.AcledTypes;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.DateSource;
import org.sitrep.domain.DatePrecision;
import org.sitrep.domain.Event;
import org.sitrep.domain.EventDate;
import org.sitrep.domain.Evidence;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;

class DefaultActorsTest {
  private static final DefaultActors DEFAULTS = DefaultActors.bundled();
  private static final Place ANKARA = new Place("geonames:323786", "Ankara", 39.92, 32.85, "Ankara", "", "TR",
      GeoPrecision.EXACT);

  private static Event event(String label, Actor actor1, Actor actor2, Place place) {
    return new Event("e1", "a1", AcledTypes.bundled().ofLabel(label).eventType(),
        new EventDate(LocalDate.of(2020, 5, 1), DatePrecision.DAY, DateSource.TEXT), actor1, actor2, place, -1,
        new Evidence("Hundreds marched in Ankara.", 0, 27, "marched", 15));
  }

  @Test
  void aProtestNoOneIsNamedForIsByTheProtestersOfItsCountry() {
    Event e = DEFAULTS.withDefaults(event("PEACE_PROTEST", null, null, ANKARA));
    assertThat(e.actor1()).isEqualTo(new Actor("Protesters", ActorType.PROTESTERS, "TR"));
    assertThat(e.actor2()).isNull();
  }

  @Test
  void aDispersedProtestIsByProtestersAgainstTheCountrysPolice() {
    Event e = DEFAULTS.withDefaults(event("PROTEST_WITH_INTER", null, null, ANKARA));
    assertThat(e.actor1().name()).isEqualTo("Protesters");
    assertThat(e.actor2()).isEqualTo(new Actor("Police Forces of Turkey", ActorType.STATE_FORCES, "TR"));
  }

  @Test
  void anAttackByUnknownMenIsByTheUnidentifiedArmedGroupOnCivilians() {
    Event e = DEFAULTS.withDefaults(event("ATTACK", null, null, ANKARA));
    assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group");
    assertThat(e.actor2().name()).isEqualTo("Civilians");
  }

  @Test
  void aNamedActorIsKeptAndNotRepeatedInTheOtherRole() {
    Actor pkk = new Actor("Kurdistan Workers' Party", ActorType.REBEL_GROUP, "TR");
    Event e = DEFAULTS.withDefaults(event("ARMED_CLASH", pkk, null, ANKARA));
    assertThat(e.actor1()).isEqualTo(pkk);
    Actor civilians = new Actor("Civilians", ActorType.CIVILIANS, "TR");
    Event attack = DEFAULTS.withDefaults(event("ATTACK", null, civilians, ANKARA));
    assertThat(attack.actor1().name()).isEqualTo("Unidentified Armed Group");
    assertThat(attack.actor2()).isEqualTo(civilians);
  }

  @Test
  void anEventWithNoCountryGetsNoDefault() {
    Event e = DEFAULTS.withDefaults(event("PEACE_PROTEST", null, null, null));
    assertThat(e.actor1()).isNull();
  }

  @Test
  void aMalformedLineIsAnErrorNamingFileAndLine() {
    String file = "# c\nsub_event_type\trole\tactor\tinter\nPeaceful protest\tactor3\tProtesters\t6\n";
    assertThatThrownBy(() -> DefaultActors.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
        "mine.tsv")).hasMessageStartingWith("mine.tsv:3:");
  }
}
