package org.sitrep.domain;

/**
 * The coded class of an event: CAMEO code and the ACLED event type and sub-event type it maps to.
 *
 * @param key          lexicon key, e.g. "arrest"
 * @param cameo        CAMEO event code, e.g. "173"
 * @param acledType    ACLED event_type, e.g. "Strategic developments"
 * @param acledSubType ACLED sub_event_type, e.g. "Arrests"
 */
public record EventType(String key, String cameo, String acledType, String acledSubType) implements java.io.Serializable {
}
