package org.sitrep.coding;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.Map;
import java.util.Set;

/**
 * Whether a trigger tells an event that happened: not negated ("did not attack"), hypothetical, future
 * or intended ("vowed to attack"), generic ("attacks have been increasingly lethal"), a campaign's toll
 * to date, or a failed attempt (which ACLED codes as disrupted weapons use).
 */
final class Modality {
  /** Objects that make a violent verb a policy or a metaphor ("fight corruption"); so do "-isms". */
  static final Set<String> ABSTRACT_OBJECTS = org.sitrep.text.WordLists.bundled().words("Modality.ABSTRACT_OBJECTS");
  static final Set<String> NEGATORS = org.sitrep.text.WordLists.bundled().words("Modality.NEGATORS");
  /** Subjects that deny the event happened to anyone. */
  static final Set<String> NOBODY = org.sitrep.text.WordLists.bundled().words("Modality.NOBODY");
  static final Set<String> MODALS = org.sitrep.text.WordLists.bundled().words("Modality.MODALS");
  /** Governors under which an action is intended, feared or denied, not reported as done. */
  static final Set<String> IRREALIS = org.sitrep.text.WordLists.bundled().words("Modality.IRREALIS");
  /** Governors under which a bombing was tried and did not happen: ACLED's disrupted weapons use. */
  static final Set<String> FAILED_ATTEMPT = org.sitrep.text.WordLists.bundled().words("Modality.FAILED_ATTEMPT");
  /** Number words that count a plural ("hundreds of", "dozens of"); "a series of" and "a spate of" do not. */
  static final Set<String> COUNT_WORDS = org.sitrep.text.WordLists.bundled().words("Modality.COUNT_WORDS");
  /** Units of time whose plural before "of" makes a campaign of what follows ("weeks of bombing"). */
  static final Set<String> TIME_UNITS = org.sitrep.text.WordLists.bundled().words("Modality.TIME_UNITS");
  /** SUTime durations of a year or more: P4Y, P40Y (four decades), P1E (a decade), PXY ("years"). */
  static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("P(\\d+|X)[YEC].*");

  private Modality() {
  }

  static boolean isNegatedOrIrrealis(ParsedSentence ps, int head) {
    int node = head;
    for (int level = 0; level < 4 && node >= 0; level++) {
      for (ParsedSentence.Arc a : ps.children(node)) {
        String lemma = ps.lemma(a.token());
        if ((a.relation().startsWith("advmod") || a.relation().equals("neg") || a.relation().equals("det"))
            && NEGATORS.contains(lemma)) {
          return true;
        }
        if (a.relation().startsWith("aux") && MODALS.contains(lemma)) {
          return true;
        }
        if (a.relation().startsWith("nsubj") && (NOBODY.contains(lemma) || ps.children(a.token()).stream()
            .anyMatch(c -> c.relation().equals("det") && NEGATORS.contains(ps.lemma(c.token()))))) {
          return true; // "No one was killed", "nobody was hurt", "no soldiers died"
        }
      }
      ParsedSentence.Arc up = ps.parent(node);
      if (up == null) {
        break;
      }
      if (level < 3 && IRREALIS.contains(ps.lemma(up.token()))) {
        return true;
      }
      // Negation and modality scope over xcomp/ccomp complements and over a noun's governing verb.
      String rel = up.relation();
      if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("obj") || rel.startsWith("nsubj")
          || rel.startsWith("obl") || rel.startsWith("conj"))) {
        break;
      }
      node = up.token();
    }
    return false;
  }

  /** The explosion was attempted and failed or was stopped: "tried to blow up", "failed to detonate". */
  static boolean failedAttempt(ParsedSentence ps, int head) {
    if (head >= 2 && ps.lemma(head - 1).equals("to") && FAILED_ATTEMPT.contains(ps.lemma(head - 2))) {
      return true; // "a rucksack which failed to detonate": read off the words where the parse goes astray
    }
    int node = head;
    for (int level = 0; level < 2; level++) {
      ParsedSentence.Arc up = ps.parent(node);
      if (up == null || !(up.relation().startsWith("xcomp") || up.relation().startsWith("obj"))) {
        return false;
      }
      if (FAILED_ATTEMPT.contains(ps.lemma(up.token()))) {
        return true;
      }
      node = up.token();
    }
    return false;
  }

  /**
   * A plural noun trigger with no number ("attacks have involved IEDs") or a verb whose object is a
   * bare plural ("attacking even towns") speaks of a pattern, not of one event.
   */
  static boolean isGeneric(ParsedSentence ps, int head, boolean verb) {
    if (!verb) {
      return ps.tag(head).equals("NNS") && !ps.hasChild(head, "nummod") && !counted(ps, head)
          && !dated(ps, head) && !toldAsHappening(ps, head);
    }
    for (ParsedSentence.Arc a : ps.children(head)) {
      boolean object = a.relation().equals("obj") || a.relation().equals("dep") && ps.tag(a.token()).startsWith("NN");
      if (object && (ABSTRACT_OBJECTS.contains(ps.lemma(a.token())) || ps.lemma(a.token()).endsWith("ism"))) {
        return true; // "fight terrorism", "combat extremism": a policy, not a clash
      }
    }
    if (dated(ps, head) || ps.children(head).stream().anyMatch(a -> a.relation().startsWith("obl")
        && "DATE".equals(ps.token(a.token()).ner()))) {
      return false; // "shelled villages near Idlib on Tuesday": a dated action is one event
    }
    for (ParsedSentence.Arc a : ps.children(head)) {
      if (a.relation().equals("obj") && ps.tag(a.token()).equals("NNS")) {
        boolean determined = ps.children(a.token()).stream().anyMatch(c -> c.relation().equals("det")
            || c.relation().equals("nummod") || c.relation().startsWith("nmod:poss"));
        if (!determined) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a noun modifies another noun (compound or adjective), directly or as a conjunct of one that does. */
  static boolean modifierOfANoun(ParsedSentence ps, int token) {
    ParsedSentence.Arc up = Clauses.aboveConjuncts(ps, token);
    return up != null && (up.relation().equals("compound") || up.relation().startsWith("amod"))
        && ps.tag(up.token()).startsWith("NN");
  }

  /** A noun trigger that is the subject of a present perfect ("the offensive has killed"): a toll to date. */
  static boolean cumulative(ParsedSentence ps, int head) {
    ParsedSentence.Arc up = ps.parent(head);
    return up != null && up.relation().equals("nsubj") && ps.tag(up.token()).equals("VBN")
        && Clauses.hasAux(ps, up.token(), Clauses.PRESENT_PERFECT);
  }

  /** A duration of a year or more in the trigger's own clause ("over four decades", "for years"). */
  static boolean spansYears(ParsedSentence ps, int head) {
    Map<Integer, Integer> dist = ps.distancesFrom(head);
    for (CoreEntityMention em : ps.sentence().entityMentions()) {
      if (!em.entityType().equals("DURATION") && !em.entityType().equals("DATE")) {
        continue; // SUTime tags "over four decades" a DATE, with a duration for its value
      }
      String iso = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      java.util.regex.Matcher m = iso == null ? null : YEARS.matcher(iso);
      boolean near = em.tokens().stream().anyMatch(t -> dist.getOrDefault(ps.tokens().indexOf(t), 99) <= 3);
      if (m != null && m.matches() && near) {
        return true;
      }
    }
    return false;
  }

  /** "Hundreds of demonstrators": a plural counted by a number word is that many people, not a habit. */
  static boolean counted(ParsedSentence ps, int head) {
    return ps.children(head).stream().anyMatch(a -> a.relation().equals("det:qmod")
        && COUNT_WORDS.contains(ps.lemma(a.token())));
  }

  /**
   * "Airstrikes hit the town", "military operations were continuing", "violence erupted: shelling and
   * then airstrikes": a plural that is the subject (or the gloss) of a verb in the past or the
   * progressive tells what happened then, not a pattern.
   */
  static boolean toldAsHappening(ParsedSentence ps, int head) {
    ParsedSentence.Arc up = Clauses.aboveConjuncts(ps, head);
    if (up == null || !(up.relation().equals("nsubj") || up.relation().equals("dep") || up.relation().equals("appos")
        || up.relation().equals("parataxis"))) {
      return false;
    }
    int verb = up.token();
    return ps.tag(verb).equals("VBD") || ps.tag(verb).equals("VBG") && ps.children(verb).stream()
        .anyMatch(a -> a.relation().equals("aux") && ps.lemma(a.token()).equals("be"));
  }

  /** "the Dec. 10 bombings": a plural with its own date names particular events, not a pattern. */
  static boolean dated(ParsedSentence ps, int head) {
    ParsedSentence.Arc up = ps.parent(head);
    if (up != null && "DATE".equals(ps.token(up.token()).ner())) {
      return true; // the parser may hang the noun below its date ("for Dec. 10 bombings")
    }
    for (ParsedSentence.Arc a : ps.children(head)) {
      if ((a.relation().equals("compound") || a.relation().startsWith("nmod:tmod") || a.relation().equals("amod"))
          && "DATE".equals(ps.token(a.token()).ner())) {
        return true;
      }
    }
    return false;
  }

  static boolean isDefinite(ParsedSentence ps, int head) {
    for (ParsedSentence.Arc a : ps.children(head)) {
      if (a.relation().equals("det") && Set.of("the", "this", "that").contains(ps.lemma(a.token()))) {
        return true;
      }
      if (a.relation().equals("nmod:poss")) {
        return true; // "Wednesday's raid", "the group's attack"
      }
    }
    return false;
  }
}
