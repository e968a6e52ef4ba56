package org.sitrep.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.WordLists;

/**
 * Why a word of the lexicon does not report an event where it stands: small named rules, tried in the
 * order of {@link #CHAIN}, the first that applies vetoing the trigger (as Lucene's token filters each
 * drop what they are for). What is negated, planned or tried and failed is {@link Modality}'s, read after
 * these, since a failed bombing is still an event of its own kind.
 */
final class TriggerVetoes {
  /** Verbs that hold, move or find a weapon: its noun under them names the weapon, not an explosion. */
  private static final Set<String> HANDLING = WordLists.bundled().words("TriggerVetoes.HANDLING");
  /** Buildings whose raid is a search by the authorities, not an armed clash. */
  private static final Set<String> PREMISES = WordLists.bundled().words("TriggerVetoes.PREMISES");
  /** Nouns for a campaign of many events, whose toll to date is no single event. */
  private static final Set<String> CAMPAIGNS = WordLists.bundled().words("TriggerVetoes.CAMPAIGNS");
  /** What comes under fire in a literal sense; an abstract subject ("his travels") is criticised. */
  private static final Set<String> LITERAL_TARGETS = WordLists.bundled().words("TriggerVetoes.LITERAL_TARGETS");
  /** Nouns of the part someone took in events ("role in the bombardment"). */
  private static final Set<String> INVOLVEMENT = WordLists.bundled().words("TriggerVetoes.INVOLVEMENT");
  /** Verbs that say what caused a death ("led to the death of"). */
  private static final Set<String> CAUSES = WordLists.bundled().words("TriggerVetoes.CAUSES");

  private TriggerVetoes() {
  }

  /** A trigger where it stands: the sentence, the trigger's token and the lexicon entry it matched. */
  record Site(ParsedSentence ps, int head, EventLexicon.Trigger trigger, AnnotatedArticle input) {
    ParsedSentence.Arc up() {
      return ps.parent(head);
    }

    String upRelation() {
      ParsedSentence.Arc up = up();
      return up == null ? "root" : up.relation();
    }

    boolean verb() {
      return trigger.verb();
    }

    String tag() {
      return ps.tag(head);
    }
  }

  /** One rule: its name says what it keeps out; {@code applies} says whether it does here. */
  record Veto(String name, Predicate<Site> applies) {
  }

  /** The rules in the order they are tried. */
  static final List<Veto> CHAIN = List.of(
      // "raid site", "attack helicopter": the trigger only modifies another noun
      new Veto("noun modifying a noun", s -> !s.verb() && (s.upRelation().equals("compound")
          || s.upRelation().startsWith("amod")) && !(s.up() != null && "DATE".equals(s.ps().token(s.up().token()).ner()))),
      // "the captured leader", "the attacking forces": a description, not a report
      new Veto("participle describing a noun", s -> s.verb() && (s.tag().equals("VBN") || s.tag().equals("VBG"))
          && s.upRelation().startsWith("amod")),
      // "gun, bomb and machete attacks": a conjunct of a noun's modifier modifies it too
      new Veto("conjunct of a modifier", s -> !s.verb() && s.upRelation().startsWith("conj")
          && Modality.modifierOfANoun(s.ps(), s.up().token())),
      // "rebel groups fighting to topple Assad": who they are, not what they did
      new Veto("gerund describing its subject", s -> s.verb() && s.tag().equals("VBG") && s.upRelation().equals("acl")
          && !CasualtyCounts.KILLING_VERBS.contains(s.ps().lemma(s.head())) && !s.ps().hasChild(s.head(), "aux")),
      // "even while we fight", "they attack at night": the simple present tells a habit, not news
      new Veto("undated simple present", s -> s.verb() && (s.tag().equals("VBP") || s.tag().equals("VBZ"))
          && EventDates.dateOf(s.ps(), s.head(), s.ps().distancesFrom(s.head()), s.input().article().published()) == null),
      // "the battle for Aleppo" is a campaign; "the offensive has killed 1,600" a running toll
      new Veto("campaign noun", s -> !s.verb() && (s.ps().hasChild(s.head(), "nmod:for")
          || Modality.cumulative(s.ps(), s.head()))),
      // "a backpack containing a nail bomb", "planted a bomb": a weapon, not yet an explosion
      new Veto("weapon handled", s -> !s.verb() && s.trigger().definition().family().equals("explosion")
          && s.up() != null && s.up().relation().equals("obj") && HANDLING.contains(s.ps().lemma(s.up().token()))),
      // "the offensive has killed more than 1,600": a campaign's toll to date, not one event
      new Veto("campaign's toll to date", s -> s.verb() && s.ps().children(s.head()).stream()
          .anyMatch(a -> a.relation().equals("nsubj") && CAMPAIGNS.contains(s.ps().lemma(a.token())))
          && Clauses.hasAux(s.ps(), s.head(), Clauses.PRESENT_PERFECT)),
      // "his house was raided", by no one named: a search, told by the arrest or find it led to
      new Veto("premises searched", s -> s.verb() && s.trigger().definition().key().equals("raid")
          && !s.ps().hasChild(s.head(), "obl:agent") && s.ps().children(s.head()).stream()
          .anyMatch(a -> a.relation().startsWith("nsubj:pass") && PREMISES.contains(s.ps().lemma(a.token())))),
      // "after weeks of bombing", "days of protests": a campaign's length, not one event
      new Veto("length of a campaign", s -> !s.verb() && s.up() != null && s.upRelation().startsWith("nmod:of")
          && Modality.TIME_UNITS.contains(s.ps().lemma(s.up().token())) && s.ps().tag(s.up().token()).equals("NNS")),
      // "the coalition that has fought IS since 2014": a campaign told to date, not one event
      new Veto("perfect since a date", s -> s.verb() && s.ps().hasChild(s.head(), "obl:since")
          && Clauses.hasAux(s.ps(), s.head(), Clauses.PERFECT)),
      // "killed 800 people over four decades": a history, not an event
      new Veto("span of years", s -> Modality.spansYears(s.ps(), s.head())),
      // "his travels came under fire", "the minister came under fire for his remarks": criticism
      new Veto("criticism under fire", TriggerVetoes::criticised),
      // "Russia's role in the bombardment of Aleppo": the part someone took, told as background
      new Veto("part taken in events", s -> !s.verb() && s.up() != null && s.upRelation().startsWith("nmod:")
          && INVOLVEMENT.contains(s.ps().lemma(s.up().token()))),
      // "following the death of the opposition leader": a death whose cause is not told is no violence
      // ("an operation led to the death of" tells it)
      new Veto("death without a cause", s -> s.trigger().requiresOf() && s.ps().lemma(s.head()).equals("death")
          && !(s.up() != null && CAUSES.contains(s.ps().lemma(s.up().token())))));

  /**
   * "Come under fire" said of criticism: with "for" or "over" (what was criticised), or with a subject
   * that is no one named and nothing that can be shot at.
   */
  private static boolean criticised(Site s) {
    ParsedSentence ps = s.ps();
    if (!s.verb() || !s.trigger().lemmas().contains("under") || !s.trigger().lemmas().contains("fire")) {
      return false;
    }
    if (ps.hasChild(s.head(), "obl:for") || ps.hasChild(s.head(), "obl:over")) {
      return true;
    }
    return ps.children(s.head()).stream().filter(a -> a.relation().startsWith("nsubj")).anyMatch(a ->
        "O".equals(ps.token(a.token()).ner()) && ps.tag(a.token()).startsWith("NN")
            && !LITERAL_TARGETS.contains(ps.lemma(a.token())));
  }

  /** The first rule that vetoes the trigger here, if any. */
  static Optional<Veto> firstVeto(Site site) {
    for (Veto v : CHAIN) {
      if (v.applies().test(site)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
