package org.sitrep.domain;

/** Where an event's date came from, so an analyst can tell a stated date from an assumed one. */
public enum DateSource {
  /** A temporal expression attached to the event in its own sentence. */
  TEXT,
  /** Another mention of the same event in the article stated it. */
  COREFERENCE,
  /** Nothing stated it: the week of publication is assumed, at week precision. */
  PUBLICATION
}
