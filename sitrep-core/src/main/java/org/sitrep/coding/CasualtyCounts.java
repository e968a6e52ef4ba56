package org.sitrep.coding;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.Counts;

/**
 * How many an event killed, wounded and arrested, read from the parse around its trigger: the number
 * on the people a verb of that outcome acts on, with the qualifier the text gives it.
 */
final class CasualtyCounts {
  /** Verbs whose objects are the dead. */
  static final Set<String> KILLING_VERBS = Set.of("kill");
  /** Verbs of wounding, whose objects are the wounded. */
  private static final Set<String> WOUNDING_VERBS = org.sitrep.text.WordLists.bundled().words("CasualtyCounts.WOUNDING_VERBS");
  /** Verbs that tell what an attack did to people. */
  private static final Set<String> OUTCOME_VERBS = java.util.stream.Stream.concat(KILLING_VERBS.stream(),
      WOUNDING_VERBS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** Vague plurals with the floor ACLED codes for them. */
  private static final Map<String, Integer> VAGUE_NUMBERS = Map.of("dozens", 12, "scores", 20, "hundreds", 100,
      "thousands", 1000);
  /** SUTime's prefixes on a normalised number, longest first, and the words they stand for. */
  private static final Map<String, String> NUMBER_QUALIFIERS = orderedMap(">=", "at least", "<=", "up to", ">",
      "more than", "<", "fewer than", "~", "about");

  private CasualtyCounts() {
  }

  /**
   * Killed, wounded and (for an arrest) arrested: each the number on the people a verb of that outcome
   * acts on, as stated ("at least 14", "more than 800", "dozens").
   */
  static Counts of(ParsedSentence ps, int head, EventLexicon.Definition definition) {
    Counts.Count arrested = Counts.Count.UNKNOWN;
    if (definition.key().equals("arrest")) {
      arrested = countOnPatients(ps, List.of(head)); // "Seven people have been arrested", "arrested two teenagers"
    }
    List<Integer> killing = new ArrayList<>(outcomeVerbs(ps, head, KILLING_VERBS));
    if (ps.children(head).stream().anyMatch(a -> ps.lemma(a.token()).equals("fatally"))) {
      killing.add(head); // "fatally shot a man"
    }
    Counts.Count killed = countOnPatients(ps, killing);
    if (!killed.known() && killedOne(ps, killing)) {
      killed = new Counts.Count(1, ""); // "the assailant was later killed", "fatally shot a man": one person
    }
    if (!killed.known() && definition.key().equals("killing") && ps.tag(head).startsWith("NN")) {
      for (ParsedSentence.Arc a : ps.children(head)) {
        if (a.relation().equals("nmod:of")) {
          Counts.Count n = countOn(ps, a.token());
          killed = n.known() ? n : ps.tag(a.token()).equals("NNS") ? killed : new Counts.Count(1, "");
        }
      }
    }
    return new Counts(killed, countOnPatients(ps, outcomeVerbs(ps, head, WOUNDING_VERBS)), arrested);
  }

  /**
   * The verbs of an outcome told with the trigger: the trigger itself, the verb it is the subject of
   * ("an IED blast killed two soldiers"), a verb hung on it ("the attack, killing three"), and their
   * conjuncts ("killed 13 soldiers and wounded 56 more").
   */
  private static List<Integer> outcomeVerbs(ParsedSentence ps, int head, Set<String> lemmas) {
    List<Integer> around = new ArrayList<>(List.of(head));
    ParsedSentence.Arc up = ps.parent(head);
    if (up != null && up.relation().startsWith("nsubj") && OUTCOME_VERBS.contains(ps.lemma(up.token()))) {
      around.add(up.token());
    }
    // only outcomes hang on outcomes: "came two days after two bombs killed six" tells another event's dead
    for (int i = 0; i < around.size() && i < 8; i++) {
      for (ParsedSentence.Arc a : ps.children(around.get(i))) {
        if ((a.relation().startsWith("advcl") || a.relation().startsWith("conj") || a.relation().startsWith("acl"))
            && OUTCOME_VERBS.contains(ps.lemma(a.token())) && !around.contains(a.token())) {
          around.add(a.token());
        }
      }
    }
    return around.stream().filter(t -> lemmas.contains(ps.lemma(t))).toList();
  }

  /** Whether the one killed is one person: a singular noun, a name or a pronoun, with no number on it. */
  private static boolean killedOne(ParsedSentence ps, List<Integer> verbs) {
    for (int k : verbs) {
      for (ParsedSentence.Arc a : ps.children(k)) {
        if (a.relation().equals("obj") || a.relation().startsWith("nsubj:pass")) {
          String tag = ps.tag(a.token());
          String word = ps.token(a.token()).word().toLowerCase(java.util.Locale.ROOT);
          boolean group = ps.lemma(a.token()).matches("group|family|crowd|people|force|unit|patrol|convoy");
          return !group && (tag.equals("NN") || tag.equals("NNP") || Set.of("he", "she", "him", "her").contains(word));
        }
      }
    }
    return false;
  }

  /** The first stated number on the object (or passive subject) of the given verbs. */
  private static Counts.Count countOnPatients(ParsedSentence ps, List<Integer> verbs) {
    for (int k : verbs) {
      Counts.Count n = firstKnown(ps, k, r -> r.equals("obj") || r.startsWith("nsubj:pass"), CasualtyCounts::countOn);
      if (n.known()) {
        return n;
      }
    }
    return Counts.Count.UNKNOWN;
  }

  private static Counts.Count countOn(ParsedSentence ps, int token) {
    Counts.Count own = countValue(ps, token);
    return own.known() ? own
        : firstKnown(ps, token, r -> r.equals("nummod") || r.equals("det:qmod"), CasualtyCounts::countValue);
  }

  /** The first known count that {@code count} finds on a dependent of {@code head} by one of the relations. */
  private static Counts.Count firstKnown(ParsedSentence ps, int head, java.util.function.Predicate<String> relation,
                                         java.util.function.BiFunction<ParsedSentence, Integer, Counts.Count> count) {
    for (ParsedSentence.Arc a : ps.children(head)) {
      if (relation.test(a.relation())) {
        Counts.Count n = count.apply(ps, a.token());
        if (n.known()) {
          return n;
        }
      }
    }
    return Counts.Count.UNKNOWN;
  }

  /**
   * A number token's value and qualifier. SUTime's normalisation carries the qualifier (">=14.0" for
   * "at least 14", ">800.0" for "more than 800", "~20.0" for "about 20"); ACLED's conventions give the
   * vague plurals a floor ("dozens" 12, "hundreds" 100).
   */
  private static Counts.Count countValue(ParsedSentence ps, int token) {
    Integer vague = VAGUE_NUMBERS.get(ps.token(token).word().toLowerCase(java.util.Locale.ROOT));
    if (vague != null) {
      return new Counts.Count(vague, "at least");
    }
    if (!ps.tag(token).equals("CD")) {
      return Counts.Count.UNKNOWN;
    }
    String norm = ps.token(token).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    String qualifier = "";
    if (norm != null) {
      for (Map.Entry<String, String> q : NUMBER_QUALIFIERS.entrySet()) {
        if (norm.startsWith(q.getKey())) {
          qualifier = q.getValue();
          norm = norm.substring(q.getKey().length());
          break;
        }
      }
    }
    try {
      return new Counts.Count((int) Math.round(Double.parseDouble(norm == null ? ps.token(token).word().replace(",", "")
          : norm)), qualifier);
    } catch (NumberFormatException e) {
      return Counts.Count.UNKNOWN;
    }
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

}
