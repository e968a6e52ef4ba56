package org.sitrep.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.domain.Actor;
import org.sitrep.nlp.ActorMention;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.stage.Layer;
import org.sitrep.stage.Stage;

/**
 * Finds actor mentions in the article body: registry aliases, then anaphors ("the group") resolved to
 * the armed non-state actor named last before them. A "group" after a named state force is left alone:
 * news uses "the group" for organisations, not armies.
 */
public final class ActorRecognizer implements Stage<AnnotatedArticle, AnnotatedArticle> {
  private final ActorRegistry registry;
  private final java.util.function.Function<String, String> countryOfWord;

  /** Registry actors only; forces named by a common noun are read without their country word. */
  public ActorRecognizer(ActorRegistry registry) {
    this(registry, word -> "");
  }

  /**
   * @param countryOfWord ISO alpha-2 code of a demonym or country name ("Jordanian", "Turkey"), or "":
   *                      reads the country of "Jordanian security forces"
   */
  public ActorRecognizer(ActorRegistry registry, java.util.function.Function<String, String> countryOfWord) {
    this.registry = registry;
    this.countryOfWord = countryOfWord;
  }

  /** A country word as the gazetteer knows it: a demonym ("Iraqi") or a country's name ("Turkey"). */
  public static java.util.function.Function<String, String> countriesOf(org.sitrep.geo.Gazetteer gazetteer) {
    return word -> gazetteer.placeOfDemonym(word)
        .or(() -> gazetteer.candidates(word).stream().map(org.sitrep.geo.Gazetteer.Candidate::entry)
            .filter(e -> e.id().startsWith("country:")).findFirst())
        .filter(e -> e.id().startsWith("country:"))
        .map(org.sitrep.geo.GazetteerEntry::country).orElse("");
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NLP);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle input) {
    String body = input.article().body();
    List<ActorMention> mentions = new ArrayList<>();
    for (ActorRegistry.Match m : registry.find(body)) {
      mentions.add(new ActorMention(m.actor(), m.start(), m.end(), body.substring(m.start(), m.end())));
    }
    for (ActorRegistry.Match m : registry.findForces(body, countryOfWord)) {
      if (!overlapsAny(mentions, m.start(), m.end())) { // the registry's own names come first
        mentions.add(new ActorMention(m.actor(), m.start(), m.end(), body.substring(m.start(), m.end())));
      }
    }
    List<ActorMention> resolved = new ArrayList<>();
    for (int[] span : registry.findAnaphors(body)) {
      if (overlapsAny(mentions, span[0], span[1])) {
        continue;
      }
      Actor antecedent = lastNonStateGroupBefore(mentions, span[0]);
      if (antecedent != null) {
        resolved.add(new ActorMention(antecedent, span[0], span[1], body.substring(span[0], span[1])));
      }
    }
    mentions.addAll(resolved);
    mentions.sort(Comparator.comparingInt(ActorMention::start));
    return input.withActors(mentions);
  }

  private static boolean overlapsAny(List<ActorMention> mentions, int start, int end) {
    for (ActorMention m : mentions) {
      if (m.start() < end && start < m.end()) {
        return true;
      }
    }
    return false;
  }

  private static Actor lastNonStateGroupBefore(List<ActorMention> mentions, int offset) {
    Actor last = null;
    for (ActorMention m : mentions) {
      if (m.start() >= offset) {
        break;
      }
      switch (m.actor().type()) {
        case REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA -> last = m.actor();
        default -> { }
      }
    }
    return last;
  }
}
