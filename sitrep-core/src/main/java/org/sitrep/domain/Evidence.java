package org.sitrep.domain;

/**
 * The sentence that supports an event, with its character offsets in the article body, the trigger
 * word that was coded, and who the report attributes it to.
 *
 * @param attribution the claim the sentence reports the event under ("a source close to the SDF told
 *                    VOA", "according to the SDF", "IS claimed"), so that an analyst can tell an
 *                    independent report from a party's own; empty when the reporter tells it as fact
 */
public record Evidence(String sentence, int start, int end, String trigger, int triggerStart, String attribution)
    implements java.io.Serializable {
  public Evidence {
    attribution = attribution == null ? "" : attribution;
  }

  /** Evidence the reporter states without attributing it. */
  public Evidence(String sentence, int start, int end, String trigger, int triggerStart) {
    this(sentence, start, end, trigger, triggerStart, "");
  }

  public boolean attributed() {
    return !attribution.isEmpty();
  }
}
