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
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    country = country == null ? "" : country;
  }
}
