package org.sitrep.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.data.DataFile;
import org.sitrep.domain.ActorType;
import org.sitrep.domain.EventType;

/**
 * The event lexicon: event types with their CAMEO and ACLED codes and trigger words, read from the
 * bundled {@code events.yaml} and any user files (format in that file's header).
 */
public final class EventLexicon {
  public static final String BUNDLED = "org/sitrep/coding/events.yaml";

  /** One event type of the lexicon. */
  public record Definition(String key, String cameo, List<String> acled, List<String> againstCivilians,
                           List<String> stateActor, String placeObject, String family) {

    /** The coded type for an event with these actors (ACLED distinguishes by target and by actor). */
    public EventType codeFor(ActorType actor1, ActorType actor2) {
      List<String> acledPair = acled;
      if (actor2 == ActorType.CIVILIANS && !againstCivilians.isEmpty()) {
        acledPair = againstCivilians;
      } else if (actor1 == ActorType.STATE_FORCES && !stateActor.isEmpty()) {
        acledPair = stateActor;
      }
      return new EventType(key, cameo, acledPair.get(0), acledPair.get(1));
    }
  }

  /**
   * A trigger: lemmas in sequence, which of them is the syntactic head, and whether the head must be
   * a verb or a noun.
   */
  public record Trigger(List<String> lemmas, int head, boolean verb, boolean requiresOf, Definition definition) {
  }

  private final Map<String, Definition> definitions;
  private final Map<String, List<Trigger>> byFirstLemma;

  private EventLexicon(Map<String, Definition> definitions, Map<String, List<Trigger>> byFirstLemma) {
    this.definitions = definitions;
    this.byFirstLemma = byFirstLemma;
  }

  public static EventLexicon bundled() {
    return load(List.of());
  }

  public static EventLexicon load(List<Path> userFiles) {
    Map<String, Definition> defs = new LinkedHashMap<>();
    Map<String, List<String[]>> words = new LinkedHashMap<>(); // key -> {kind, phrase}
    readInto(DataFile.readResource(BUNDLED), defs, words);
    for (Path p : userFiles) {
      readInto(DataFile.read(p), defs, words);
    }
    Map<String, List<Trigger>> index = new HashMap<>();
    words.forEach((key, list) -> {
      Definition d = defs.get(key);
      for (String[] w : list) {
        List<String> lemmas = List.of(w[1].toLowerCase(Locale.ROOT).split("\\s+"));
        boolean verb = w[0].equals("verb");
        Trigger t = new Trigger(lemmas, verb ? 0 : lemmas.size() - 1, verb, w[0].equals("noun_of"), d);
        index.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(t);
      }
    });
    // Longest phrases first, so "suicide car bomb" wins over "car bomb".
    index.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
    return new EventLexicon(defs, index);
  }

  private static void readInto(Map<String, List<DataFile.Entry>> file, Map<String, Definition> defs,
                               Map<String, List<String[]>> words) {
    for (DataFile.Entry e : file.getOrDefault("events", List.of())) {
      String key = e.required("key");
      Definition old = defs.get(key);
      if (old == null) {
        List<String> acled = e.strings("acled");
        if (acled.size() != 2) {
          throw e.invalid("acled must be [event type, sub-event type]");
        }
        List<String> civ = e.strings("against_civilians");
        List<String> state = e.strings("state_actor");
        if (!civ.isEmpty() && civ.size() != 2 || !state.isEmpty() && state.size() != 2) {
          throw e.invalid("against_civilians and state_actor must be [event type, sub-event type]");
        }
        String cameo = e.required("cameo");
        if (!cameo.matches("\\d{2,4}")) {
          throw e.invalid("cameo must be a CAMEO code of 2 to 4 digits, got '" + cameo + "'");
        }
        defs.put(key, new Definition(key, cameo, acled, civ, state, e.text("place_object"),
            e.text("family").isEmpty() ? key : e.text("family")));
      }
      List<String[]> list = words.computeIfAbsent(key, k -> new ArrayList<>());
      e.strings("verbs").forEach(w -> list.add(new String[] {"verb", w}));
      e.strings("nouns").forEach(w -> list.add(new String[] {"noun", w}));
      e.strings("nouns_requiring_of").forEach(w -> list.add(new String[] {"noun_of", w}));
    }
    for (Definition d : defs.values()) {
      if (!d.placeObject().isEmpty() && !defs.containsKey(d.placeObject())) {
        throw new IllegalArgumentException("event type '" + d.key() + "' has place_object '" + d.placeObject()
            + "', which is not a key of the lexicon");
      }
    }
  }

  /** The keys of its event types, in the order the files give them. */
  public java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(definitions.keySet());
  }

  /** Whether the lexicon has an event type of this key (a user's lexicon may lack a bundled one). */
  public boolean has(String key) {
    return definitions.containsKey(key);
  }

  public Definition definition(String key) {
    Definition d = definitions.get(key);
    if (d == null) {
      throw new IllegalArgumentException("no event type '" + key + "' in the lexicon");
    }
    return d;
  }

  /** Triggers whose first lemma is this one, longest first. */
  public List<Trigger> triggersStartingWith(String lemma) {
    return byFirstLemma.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every trigger of the lexicon. */
  public List<Trigger> triggers() {
    return byFirstLemma.values().stream().flatMap(List::stream).toList();
  }
}
