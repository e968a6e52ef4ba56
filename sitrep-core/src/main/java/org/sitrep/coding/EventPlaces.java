package org.sitrep.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.text.Dateline;

/**
 * Where an event happened: the most precise place of its own clause, else a place attached to a verb
 * of its sentence, else its context (another event of the sentence, the story's previous event, the
 * paragraph, the country the story is about). Not a place that qualifies a noun ("a U.S. operation"),
 * a dateline, an origin ("visiting from Canada") or a place inside a quotation.
 */
final class EventPlaces {
  /** What follows a dateline's place: an optional state or agency, then a dash ("BEIRUT —", "Kabul (AP) -"). */
  static final java.util.regex.Pattern DATELINE_END = java.util.regex.Pattern.compile(
      "(,\\s*[\\p{L} .]{2,30})?\\s*(\\([^)]{1,30}\\))?\\s*[-\u2013\u2014:]");
  static final Set<String> GEOGRAPHIC_HEADS = org.sitrep.text.WordLists.bundled().words("EventPlaces.GEOGRAPHIC_HEADS");

  private EventPlaces() {
  }

  /**
   * The most precise place of the event's own clause (the subtree of the trigger's nearest verb), and
   * among equally precise ones the nearest to the trigger in the parse. Failing that, a place elsewhere
   * in the sentence that is attached to a verb ("In Hajin, the SDF said it arrested..."), but not one
   * that belongs to another noun of another clause ("little disruption to IS activity in Iraq since a
   * U.S. operation killed..."). Places inside actor names are already excluded by the recognizer.
   */
  static PlaceMention placeIn(ParsedSentence ps, int trigger, Map<Integer, Integer> dist,
                                      AnnotatedArticle input) {
    int clause = Clauses.clauseOf(ps, trigger);
    PlaceMention inClause = null;
    PlaceMention onAVerb = null;
    int[] clauseBest = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] verbBest = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    for (PlaceMention p : input.places()) {
      if (p.start() < ps.begin() || p.end() > ps.end() || !p.locative() || modifiesANoun(ps, p) || origin(ps, p)
          || quoted(input.article().body(), ps.begin(), p) || dateline(input.article().body(), p)) {
        continue;
      }
      List<Integer> span = ps.tokensIn(p.start(), p.end());
      int rank = p.place().precision().ordinal();
      int d = Integer.MAX_VALUE - 1;
      for (int t : span) {
        d = Math.min(d, dist.getOrDefault(t, Integer.MAX_VALUE - 1));
      }
      if (Clauses.within(ps, span, clause)) {
        if (!Clauses.inAnotherClause(ps, span, clause, trigger, true) && better(rank, d, clauseBest)) {
          inClause = p;
        }
      } else if (governedByVerb(ps, span) && better(rank, d, verbBest)) {
        onAVerb = p;
      }
    }
    return inClause != null ? inClause : onAVerb;
  }

  /**
   * "shouting: 'Don't forget Aleppo!'": a place inside quotation marks is something said, not where the
   * sentence's event happened (an odd number of quotation marks before it in the sentence).
   */
  static boolean quoted(String body, int from, PlaceMention p) {
    int open = 0;
    for (int i = from; i < p.start(); i++) {
      char c = body.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        open++;
      }
    }
    return open % 2 == 1;
  }

  /**
   * "BEIRUT —", "KABUL (Reuters) -", "Concepcion, 23 Aug 88 (Santiago Domestic Service) --": where the
   * story was filed, not where its events happened.
   */
  static boolean dateline(String body, PlaceMention p) {
    int lineStart = body.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
    if (p.start() > 200 || !body.substring(lineStart, p.start()).isBlank()) {
      return false;
    }
    Dateline read = Dateline.parse(body.substring(lineStart));
    if (read != null && read.place() != null && p.end() - lineStart <= read.placeEnd()) {
      return true;
    }
    return DATELINE_END.matcher(body.substring(p.end(), Math.min(body.length(), p.end() + 40))).lookingAt();
  }

  /** "a woman visiting from Canada": where someone came from is not where the event happened. */
  static boolean origin(ParsedSentence ps, PlaceMention p) {
    List<Integer> span = ps.tokensIn(p.start(), p.end());
    if (span.isEmpty()) {
      return false;
    }
    int first = span.get(0);
    int before = first > 0 && ps.lemma(first - 1).equals("the") ? first - 2 : first - 1;
    return before >= 0 && ps.lemma(before).equals("from");
  }

  /** Whether (rank, distance) beats the best so far, which it then becomes. */
  static boolean better(int rank, int distance, int[] best) {
    if (rank < best[0] || rank == best[0] && distance < best[1]) {
      best[0] = rank;
      best[1] = distance;
      return true;
    }
    return false;
  }

  /** Whether the span's governor (outside it) is a verb, or the span is the root. */
  static boolean governedByVerb(ParsedSentence ps, List<Integer> span) {
    for (int t : span) {
      ParsedSentence.Arc up = ps.parent(t);
      if (up == null) {
        return true;
      }
      if (!span.contains(up.token())) {
        return ps.tag(up.token()).startsWith("VB");
      }
    }
    return false;
  }

  /**
   * "a U.S. operation", "a Damascus court": a place that qualifies a noun says whose, not where. A place
   * that qualifies a geographic noun ("the Deir el-Zour countryside", "the Hajin area") is the where.
   */
  static boolean modifiesANoun(ParsedSentence ps, PlaceMention p) {
    List<Integer> span = ps.tokensIn(p.start(), p.end());
    for (int t : span) {
      ParsedSentence.Arc up = ps.parent(t);
      if (up != null && !span.contains(up.token())) {
        String rel = up.relation();
        return (rel.equals("compound") || rel.startsWith("amod") || rel.equals("nmod:poss"))
            && ps.tag(up.token()).startsWith("NN") && !GEOGRAPHIC_HEADS.contains(ps.lemma(up.token()));
      }
    }
    return false;
  }

  /**
   * No place in the event's sentence: the place of another event of the same sentence ("bombings in
   * Istanbul that killed 44"); else where the story's previous event happened, if it happened at the
   * same time and no place was named since ("... was later killed in a shootout with police", "Seven
   * people have been arrested in connection with the blast": a story goes on where it was); else the
   * paragraph's last place before it, outside quotations; else the country the article is most about.
   * A place taken from context is "near" at best, since the text does not say the event was there.
   */
  static PlaceMention placeFromContext(EventCoder.Draft d, AnnotatedArticle input, EventCoder.Draft previous) {
    boolean sameTime = previous != null && org.sitrep.merge.EventMatcher.datesOverlap(d.date, previous.date);
    if (sameTime && previous.sentenceIndex == d.sentenceIndex) {
      return near(previous.place);
    }
    PlaceMention inParagraph = null;
    String body = input.article().body();
    for (PlaceMention p : input.places()) {
      if (p.locative() && p.start() >= d.paragraphStart && p.end() <= d.sentence.begin()
          && !quoted(body, d.paragraphStart, p) && !dateline(body, p)) {
        inParagraph = p;
      }
    }
    if (sameTime && (inParagraph == null || inParagraph.start() < previous.sentence.end())) {
      return near(previous.place); // the previous event is the latest context: its place, not a name beside it
    }
    if (inParagraph != null) {
      return near(inParagraph);
    }
    Map<String, Integer> countries = new HashMap<>();
    PlaceMention countryMention = null;
    for (PlaceMention p : input.places()) {
      countries.merge(p.place().country(), 1, Integer::sum); // demonyms too: "Syrian" says the story is Syrian
    }
    String focus = countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    for (PlaceMention p : input.places()) {
      if (p.place().precision() == GeoPrecision.COUNTRY && p.place().country().equals(focus)) {
        countryMention = p;
        break;
      }
    }
    return countryMention;
  }

  static PlaceMention near(PlaceMention p) {
    Place pl = p.place();
    return pl.precision() != GeoPrecision.EXACT ? p
        : new PlaceMention(p.text(), p.start(), p.end(), pl.withPrecision(GeoPrecision.NEAR), p.score(), false,
            p.embedded());
  }

  /**
   * For an event placed only by its country: the place of that country the story is about (the one
   * it names most often, at least twice, the earliest among equals), as "near" it. "Police defused
   * the device, the interior ministry of Germany said" in a story of Ludwigshafen happened in
   * Ludwigshafen; ACLED too codes the most precise place the report supports, and the precision says
   * it is an inference. By country code; a country the story names no place of twice has none.
   */
  static Map<String, PlaceMention> focusPlaces(AnnotatedArticle input) {
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, PlaceMention> first = new HashMap<>();
    for (PlaceMention p : input.places()) {
      Place pl = p.place();
      if (p.locative() && pl.precision() != GeoPrecision.COUNTRY && pl.precision() != GeoPrecision.REGION) {
        mentions.merge(pl.gazetteerId(), 1, Integer::sum);
        first.putIfAbsent(pl.gazetteerId(), p);
      }
    }
    Map<String, PlaceMention> focus = new HashMap<>();
    for (Map.Entry<String, Integer> m : mentions.entrySet()) {
      PlaceMention p = first.get(m.getKey());
      PlaceMention best = focus.get(p.place().country());
      int bestCount = best == null ? 0 : mentions.get(best.place().gazetteerId());
      if (m.getValue() >= 2 && (m.getValue() > bestCount || m.getValue() == bestCount && p.start() < best.start())) {
        focus.put(p.place().country(), p);
      }
    }
    focus.replaceAll((country, p) -> near(p));
    return focus;
  }
}
