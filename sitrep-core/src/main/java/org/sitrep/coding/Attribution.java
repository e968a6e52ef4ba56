package org.sitrep.coding;

import java.util.Set;

/**
 * Who a sentence says reports its event ("A source close to the SDF told VOA that ..."): kept with the
 * event, so that a claim is never stored as the reporter's own statement of fact.
 */
final class Attribution {
  private Attribution() {
  }

  /**
   * The claim a sentence reports its event under: a reporting verb that governs the event's clause
   * ("a source close to the SDF told VOA that ...", "IS claimed responsibility for the attack") or
   * stands beside it ("..., officials said"), as its subject, the verb and its addressee; or an
   * "according to" phrase ("according to the SDF"). Empty when the reporter tells the event as fact.
   */
  static String attributionOf(ParsedSentence ps, int head) {
    int clause = head;
    for (int level = 0; level < 6; level++) {
      String beside = reporterBeside(ps, clause);
      if (beside != null) {
        return beside;
      }
      ParsedSentence.Arc up = ps.parent(clause);
      if (up == null) {
        break;
      }
      if (Clauses.REPORTING.contains(ps.lemma(up.token())) && ps.tag(up.token()).startsWith("VB")) {
        return claim(ps, up.token(), clause);
      }
      clause = up.token();
    }
    for (int i = 0; i + 1 < ps.size(); i++) {
      if (ps.token(i).word().equalsIgnoreCase("according") && ps.token(i + 1).word().equalsIgnoreCase("to")) {
        ParsedSentence.Arc up = ps.parent(i);
        int phrase = up == null ? -1 : up.token();
        return phrase < 0 ? "" : "according to " + span(ps, subtreeWithout(ps, phrase, i));
      }
    }
    return "";
  }

  /** "Militants attacked the post, officials said": a reporting verb hung beside the clause. */
  static String reporterBeside(ParsedSentence ps, int clause) {
    for (ParsedSentence.Arc a : ps.children(clause)) {
      if ((a.relation().equals("parataxis") || a.relation().startsWith("advcl")) && Clauses.REPORTING.contains(ps.lemma(a.token()))
          && ps.hasChild(a.token(), "nsubj")) {
        return claim(ps, a.token(), clause);
      }
    }
    return null;
  }

  /** The reporting verb's subject, the verb and its addressee or object, leaving out the reported clause. */
  static String claim(ParsedSentence ps, int verb, int reported) {
    java.util.TreeSet<Integer> tokens = new java.util.TreeSet<>();
    tokens.add(verb);
    for (ParsedSentence.Arc a : ps.children(verb)) {
      if (a.relation().startsWith("nsubj") || a.relation().equals("iobj")
          || a.relation().equals("obj") && !ps.subtree(a.token()).containsKey(reported)) {
        tokens.addAll(ps.subtree(a.token()).keySet());
      }
    }
    return span(ps, tokens);
  }

  static java.util.Set<Integer> subtreeWithout(ParsedSentence ps, int top, int without) {
    java.util.Set<Integer> all = new java.util.TreeSet<>(ps.subtree(top).keySet());
    all.removeAll(ps.subtree(without).keySet());
    all.remove(without + 1); // the "to" of "according to"
    return all;
  }

  /** The text from the first to the last of some tokens. */
  static String span(ParsedSentence ps, java.util.Collection<Integer> tokens) {
    if (tokens.isEmpty()) {
      return "";
    }
    int first = java.util.Collections.min(tokens);
    int last = java.util.Collections.max(tokens);
    String text = ps.sentence().text();
    int from = ps.token(first).beginPosition() - ps.begin();
    int to = ps.token(last).endPosition() - ps.begin();
    return from < 0 || to > text.length() || from >= to ? "" : text.substring(from, to).replaceAll("\\s+", " ");
  }
}
