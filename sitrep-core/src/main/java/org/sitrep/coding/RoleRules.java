package org.sitrep.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.sitrep.domain.Actor;
import org.sitrep.nlp.ActorMention;
import org.sitrep.text.WordLists;

/**
 * Who did what to whom: small named rules that fill an event's two roles from its trigger's place in
 * the dependency parse, tried in the order of their chain (as {@link TriggerVetoes}' are). A role a
 * rule has filled is kept; the last rule of each chain reads the context, not the trigger's own
 * arguments, and runs only for a role still empty.
 */
final class RoleRules {
  /** Verbs whose subject stands by an event rather than taking part: "police probed the blast". */
  private static final Set<String> BYSTANDING = WordLists.bundled().words("RoleRules.BYSTANDING");

  private RoleRules() {
  }

  /** The roles as the rules fill them, and which rule filled each. */
  static final class Roles {
    Actor actor1;
    Actor actor2;
    String actor1Rule;
    String actor2Rule;
    /** How many roles the trigger's own arguments filled (the context rule not counted). */
    int ownArguments;
    /** Whether a noun trigger has an "of" argument ("the killing of two soldiers"). */
    boolean hasOfArgument;
    /** The rule being applied, recorded with a role it fills. */
    private String rule;

    void actor1(Actor a) {
      if (actor1 == null && a != null) {
        actor1 = a;
        actor1Rule = rule;
      }
    }

    void actor2(Actor a) {
      if (actor2 == null && a != null) {
        actor2 = a;
        actor2Rule = rule;
      }
    }
  }

  /** A trigger where it stands: the sentence, its head token and the actors mentioned in the sentence. */
  record Site(ParsedSentence ps, int head, List<ActorMention> actors) {
    boolean passive() {
      return ps.children(head).stream()
          .anyMatch(a -> a.relation().startsWith("nsubj:pass") || a.relation().startsWith("aux:pass"));
    }

    List<ParsedSentence.Arc> arguments() {
      return ps.children(head);
    }

    Actor below(int token, Actor notThis) {
      return actorBelow(ps, token, actors, notThis);
    }
  }

  /** One rule: its name says which role it fills from what; {@code context} rules read beyond the trigger. */
  record Rule(String name, boolean context, BiConsumer<Site, Roles> fill) {
  }

  /** The rules for a verb trigger, in the order they are tried. */
  static final List<Rule> VERB = List.of(
      // "IS fighters were killed by Iraqi troops"
      new Rule("agent of a passive is actor1", false, (s, r) -> {
        if (s.passive()) {
          s.arguments().stream().filter(a -> a.relation().equals("obl:agent") || a.relation().equals("obl:by"))
              .forEach(a -> r.actor1(s.below(a.token(), null)));
        }
      }),
      new Rule("subject of a passive is actor2", false, (s, r) -> s.arguments().stream()
          .filter(a -> a.relation().startsWith("nsubj:pass"))
          .forEach(a -> r.actor2(s.below(a.token(), null)))),
      // "Iraqi troops attacked IS positions"
      new Rule("subject is actor1", false, (s, r) -> {
        if (!s.passive()) {
          s.arguments().stream().filter(a -> a.relation().equals("nsubj"))
              .forEach(a -> r.actor1(s.below(a.token(), null)));
        }
      }),
      new Rule("object or target is actor2", false, (s, r) -> {
        if (!s.passive()) {
          s.arguments().stream().filter(a -> a.relation().equals("obj") || a.relation().equals("obl:against")
              || a.relation().equals("obl:on")).forEach(a -> r.actor2(s.below(a.token(), r.actor1)));
        }
      }),
      // "rebels seized the town from government troops", "the base was captured from the army": the side a
      // place or a captive was taken from is the other side; in a passive too. "From" a place ("fired from
      // Gaza") holds no actor mention, so it fills nothing
      new Rule("'from' is actor2", false, (s, r) -> s.arguments().stream()
          .filter(a -> a.relation().equals("obl:from"))
          .forEach(a -> r.actor2(s.below(a.token(), r.actor1)))),
      // "troops went on to capture ...", "forces hit back, capturing ...": a dependent verb without a subject
      // of its own has its head clause's
      new Rule("dependent verb takes its clause's subject", false, (s, r) -> {
        ParsedSentence.Arc up = s.ps().parent(s.head());
        if (r.actor1 == null && !s.passive() && up != null && (up.relation().startsWith("advcl")
            || up.relation().startsWith("conj") || up.relation().startsWith("xcomp"))) {
          s.ps().children(up.token()).stream().filter(a -> a.relation().equals("nsubj"))
              .forEach(a -> r.actor1(s.below(a.token(), r.actor2)));
        }
      }),
      new Rule("subject of the governing clause is actor1", true, RoleRules::governingSubject));

  /** The rules for a noun trigger, in the order they are tried. */
  static final List<Rule> NOUN = List.of(
      // "the army's attack", "an IS attack", "an attack by gunmen"
      new Rule("possessor, modifier or 'by' is actor1", false, (s, r) -> s.arguments().stream()
          .filter(a -> a.relation().equals("nmod:poss") || a.relation().equals("compound")
              || a.relation().startsWith("amod") || a.relation().equals("nmod:by") || a.relation().equals("nmod:agent"))
          .forEach(a -> r.actor1(s.below(a.token(), null)))),
      // "the killing of two soldiers", "an attack on police", "a shootout with police"
      new Rule("'of', 'against', 'on' or 'with' is actor2", false, (s, r) -> s.arguments().stream()
          .filter(a -> Set.of("nmod:of", "acl:of", "nmod:against", "nmod:on", "nmod:targeting", "nmod:with")
              .contains(a.relation()))
          .forEach(a -> {
            r.hasOfArgument |= a.relation().endsWith(":of");
            r.actor2(s.below(a.token(), null));
          })),
      // "IS's attack on IS defectors": one actor is not both sides; who attacked is not told
      new Rule("no actor on both sides", false, (s, r) -> {
        if (r.actor1 != null && r.actor1.equals(r.actor2)) {
          r.actor1 = null;
          r.actor1Rule = null;
        }
      }),
      new Rule("subject of the governing clause is actor1", true, RoleRules::governingSubject));

  /** The roles at a trigger: a verb's chain or a noun's. */
  static Roles at(ParsedSentence ps, int head, boolean verb, List<ActorMention> actors) {
    return fill(verb ? VERB : NOUN, new Site(ps, head, actors));
  }

  /** The roles a chain fills at a trigger: its own-argument rules, then its context rules. */
  static Roles fill(List<Rule> chain, Site site) {
    Roles r = new Roles();
    for (boolean context : new boolean[] {false, true}) {
      if (context) {
        r.ownArguments = (r.actor1 == null ? 0 : 1) + (r.actor2 == null ? 0 : 1);
      }
      for (Rule rule : chain) {
        if (rule.context() == context) {
          r.rule = rule.name();
          rule.fill().accept(site, r);
        }
      }
    }
    return r;
  }

  /**
   * The actor of the clause an event sits in: "an SDF-led operation ... resulted in the arrest",
   * "coalition officials ... shared few details about Wednesday's raid". Climbs at most two heads, and
   * not past a subject, a verb of reporting or one of standing by ("police probed the blast").
   */
  private static void governingSubject(Site s, Roles r) {
    if (r.actor1 != null) {
      return;
    }
    ParsedSentence ps = s.ps();
    int node = s.head();
    for (int level = 0; level < 2; level++) {
      ParsedSentence.Arc up = ps.parent(node);
      if (up == null || up.relation().startsWith("nsubj") || BYSTANDING.contains(ps.lemma(up.token()))) {
        return;
      }
      node = up.token();
      for (ParsedSentence.Arc a : ps.children(node)) {
        if (a.relation().equals("nsubj")) {
          Actor found = s.below(a.token(), r.actor2);
          if (found != null) {
            r.actor1(found);
            return;
          }
        }
      }
      if (Clauses.REPORTING.contains(ps.lemma(node)) || BYSTANDING.contains(ps.lemma(node))) {
        return;
      }
    }
  }

  /** The actor mentioned nearest the top of the subtree below a token. */
  static Actor actorBelow(ParsedSentence ps, int token, List<ActorMention> actors, Actor notThis) {
    Map<Integer, Integer> depth = ps.subtree(token);
    Actor best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (ActorMention m : actors) {
      if (m.actor().equals(notThis)) {
        continue;
      }
      for (int t : ps.tokensIn(m.start(), m.end())) {
        Integer d = depth.get(t);
        if (d != null && d < bestDepth) {
          bestDepth = d;
          best = m.actor();
        }
      }
    }
    return best;
  }
}
