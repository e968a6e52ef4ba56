package org.sitrep.domain;

import java.util.Objects;

/**
 * A canonical actor from the registry.
 *
 * @param name    canonical name, e.g. "Islamic State"
 * @param type    ACLED actor type
 * @param country ISO 3166-1 alpha-2 code of the actor's home country, empty for transnational actors
 */
public record Actor(String name, ActorType type, String country) implements java.io.Serializable {
  /** Stands for the country in the name of a force whose country the text leaves to the event's place. */
  public static final String COUNTRY_SLOT = "{country}";

  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    country = country == null ? "" : country;
  }

  /** "police" in a story: whose police is known only once the event is placed. */
  public boolean countryOpen() {
    return name.contains(COUNTRY_SLOT);
  }

  /** This force as the force of a country (ISO alpha-2), named as ACLED names it: "Police Forces of Jordan". */
  public Actor ofCountry(String iso2) {
    return countryOpen() ? new Actor(countryForces(name, iso2), type, iso2) : this;
  }

  /** A name template with its country slot filled by the country's English short name. */
  public static String countryForces(String template, String iso2) {
    String country = new java.util.Locale("", iso2).getDisplayCountry(java.util.Locale.ENGLISH);
    return template.replace(COUNTRY_SLOT, country.equals("United States") ? "the United States" : country);
  }
}
