package org.sitrep.coding;

import java.util.function.UnaryOperator;
import org.sitrep.classify.AcledTypes;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Event;

/**
 * ACLED's "Attack" is violence against civilians, who do not fight back; an armed group's attack on
 * another armed group (a military post, a rebel camp) is an "Armed clash". A sentence embedding reads
 * "gunmen attacked the village" and "gunmen attacked the army post" much alike, while the parse knows
 * the target: the event's actor2. So an attack on an armed actor is a clash, and a clash whose other
 * side is civilians an attack; with no actor2 the type stays.
 */
final class ViolenceTarget implements UnaryOperator<Event> {
  private final AcledTypes.Type attack;
  private final AcledTypes.Type clash;

  ViolenceTarget(AcledTypes types) {
    this.attack = types.ofLabel("ATTACK");
    this.clash = types.ofLabel("ARMED_CLASH");
  }

  @Override
  public Event apply(Event e) {
    if (e.actor2() == null || e.actor1() == null) {
      return e;
    }
    ActorType target = e.actor2().type();
    if (attack.is(e.type()) && target.isArmed() && e.actor1().type().isArmed()) {
      return EventTyping.retyped(e, clash);
    }
    if (clash.is(e.type()) && target == ActorType.CIVILIANS) {
      return EventTyping.retyped(e, attack);
    }
    return e;
  }
}
