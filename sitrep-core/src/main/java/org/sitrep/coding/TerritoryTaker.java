package org.sitrep.coding;

import java.util.function.UnaryOperator;
import org.sitrep.classify.AcledTypes;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.Event;

/**
 * ACLED's two sub-event types of a place taken by force differ only in who took it: "Government
 * regains territory" when state forces take it, "Non-state actor overtakes territory" when a rebel group
 * or a militia does. A sentence embedding reads "recaptured the town" and "seized the town" much alike
 * whoever the subject is, while the parse knows the taker: the event's actor1. So an event of either
 * type takes the one its actor1's type says. With no taker named, the side it was taken from tells
 * what the codebook needs: a place taken from state forces was not regained by the government, so a
 * non-state actor overtook it ("the town was seized from government troops": no actor1, the troops as
 * actor2). A taker of another type (foreign forces, whose side the text may not say), or a place taken
 * from a rebel group by no one named (the government or a rival group), keeps its type.
 */
final class TerritoryTaker implements UnaryOperator<Event> {
  private final AcledTypes.Type regained;
  private final AcledTypes.Type overtaken;

  TerritoryTaker(AcledTypes types) {
    this.regained = types.ofLabel("GOV_REGAINS_TERIT");
    this.overtaken = types.ofLabel("NON_STATE_ACTOR_OVERTAKES_TER");
  }

  @Override
  public Event apply(Event e) {
    if (!(regained.is(e.type()) || overtaken.is(e.type()))) {
      return e;
    }
    if (e.actor1() == null) {
      return e.actor2() != null && e.actor2().type() == ActorType.STATE_FORCES ? EventTyping.retyped(e, overtaken) : e;
    }
    return switch (e.actor1().type()) {
      case STATE_FORCES -> EventTyping.retyped(e, regained);
      case REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA -> EventTyping.retyped(e, overtaken);
      default -> e;
    };
  }
}
