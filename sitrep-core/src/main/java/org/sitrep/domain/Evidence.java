package org.sitrep.domain;

/**
 * The sentence that supports an event, with its character offsets in the article body, and the
 * trigger word that was coded.
 */
public record Evidence(String sentence, int start, int end, String trigger, int triggerStart) implements java.io.Serializable {
}
