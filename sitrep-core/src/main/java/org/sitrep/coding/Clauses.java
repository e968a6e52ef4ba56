package org.sitrep.coding;

import java.util.List;
import java.util.Set;

/**
 * Where a word stands among the clauses of a dependency parse: which clause tells of a trigger, whether
 * a span lies inside it or in a clause or time phrase about another happening ("two days after two
 * bombs killed six in Giza"). Shared by the coder's date and place readers, which must agree on what
 * the event's own clause is.
 */
final class Clauses {
  /** Verbs that report speech: a date attached to them is when something was said, not done. */
  static final Set<String> REPORTING = org.sitrep.text.WordLists.bundled().words("Clauses.REPORTING");
  /** Conjunctions that open a clause telling another happening than its main clause's ("after", "as"). */
  static final Set<String> CLAUSE_LINKS = org.sitrep.text.WordLists.bundled().words("Clauses.CLAUSE_LINKS");
  /** "came after days of protests ... in Aleppo": a phrase placing the event in time after another. */
  static final Set<String> TEMPORAL_PHRASES = org.sitrep.text.WordLists.bundled().words("Clauses.TEMPORAL_PHRASES");
  /** Auxiliaries of the present perfect, and of the perfect in any tense. */
  static final Set<String> PRESENT_PERFECT = Set.of("have", "has");
  static final Set<String> PERFECT = org.sitrep.text.WordLists.bundled().words("Clauses.PERFECT");

  private Clauses() {
  }

  /** The clause that tells of the trigger: its nearest verb, widened to what that verb's clause belongs to. */
  static int clauseOf(ParsedSentence ps, int trigger) {
    int clause = trigger;
    while (!ps.tag(clause).startsWith("VB") && ps.parent(clause) != null) {
      clause = ps.parent(clause).token();
    }
    ParsedSentence.Arc modified = ps.parent(clause);
    if (modified != null && modified.relation().startsWith("acl")) {
      clause = modified.token(); // "bombings in Istanbul that killed 44": the clause tells of the noun it modifies
    } else if (modified != null && modified.relation().startsWith("conj") && ps.tag(modified.token()).startsWith("VB")) {
      clause = modified.token(); // "his home in Aydin was searched and his family detained": conjuncts share a scene
    }
    return clause;
  }

  /** Whether a token of the span is {@code head} or lies below it in the parse. */
  static boolean within(ParsedSentence ps, List<Integer> span, int head) {
    for (int t : span) {
      for (int k = t, steps = 0; k >= 0 && steps < 64; steps++) {
        if (k == head) {
          return true;
        }
        ParsedSentence.Arc up = ps.parent(k);
        k = up == null ? -1 : up.token();
      }
    }
    return false;
  }

  /**
   * "Sunday's explosion came two days after two bombs killed six in Giza", "The assassination came after
   * days of protests ... over the destruction of Aleppo": a place in a subordinate clause or a time phrase
   * of the event's clause that does not hold the trigger belongs to what that clause or phrase tells.
   * A clause hung beside it ("..., court papers show") counts too if {@code besideToo}: the parser
   * often hangs the event's own date there, rarely its place.
   */
  static boolean inAnotherClause(ParsedSentence ps, List<Integer> span, int clause, int trigger,
                                         boolean besideToo) {
    int k = span.get(0);
    for (int steps = 0; k != clause && steps < 64; steps++) {
      ParsedSentence.Arc up = ps.parent(k);
      if (up == null) {
        return false;
      }
      String rel = up.relation();
      if ((rel.startsWith("advcl") && ps.children(k).stream().anyMatch(a -> a.relation().equals("mark")
          && CLAUSE_LINKS.contains(ps.lemma(a.token()))) || besideToo && rel.equals("parataxis")
          || TEMPORAL_PHRASES.contains(rel))
          && !ps.subtree(k).containsKey(trigger)) {
        return true;
      }
      k = up.token();
    }
    return false;
  }

  static boolean hasMark(ParsedSentence ps, int token, String word) {
    return ps.children(token).stream().anyMatch(a -> (a.relation().equals("mark") || a.relation().equals("case"))
        && ps.token(a.token()).word().equalsIgnoreCase(word));
  }

  /**
   * The arc above a token's chain of conjuncts: a conjunct stands where the first one does ("shelling
   * and then airstrikes", "gun, bomb and machete attacks").
   */
  static ParsedSentence.Arc aboveConjuncts(ParsedSentence ps, int token) {
    ParsedSentence.Arc up = ps.parent(token);
    for (int steps = 0; up != null && up.relation().startsWith("conj") && steps < 8; steps++) {
      up = ps.parent(up.token());
    }
    return up;
  }

  /** Whether a verb has one of the given auxiliaries ("has killed", "had fought"). */
  static boolean hasAux(ParsedSentence ps, int verb, Set<String> words) {
    return ps.children(verb).stream().anyMatch(a -> a.relation().equals("aux")
        && words.contains(ps.token(a.token()).word().toLowerCase(java.util.Locale.ROOT)));
  }
}
