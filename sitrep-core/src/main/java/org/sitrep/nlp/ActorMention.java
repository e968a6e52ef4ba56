package org.sitrep.nlp;

import org.sitrep.domain.Actor;

/** A span of the article body that names (or refers back to) an actor. Offsets are into the body. */
public record ActorMention(Actor actor, int start, int end, String text) {
}
