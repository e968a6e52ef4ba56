package org.sitrep.geo;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.domain.GeoPrecision;
import org.sitrep.domain.Place;
import org.sitrep.nlp.ActorMention;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.stage.Layer;
import org.sitrep.stage.Stage;

/**
 * Finds place names in the article and resolves each to one gazetteer reading.
 *
 * <p>Recognition: region phrases from the regions files; CoreNLP LOCATION mentions; and runs of proper
 * nouns that the gazetteer knows but NER missed or split ("Deir el-Zour", "Hajin"). Spans inside actor
 * names ("Syrian Democratic Forces", "Islamic State") and person names are not places. A following
 * "countryside", "province" or "governorate" makes the reading the admin area; "area", "outskirts"
 * and a preceding "near" / "east of" make it "near" the place.
 *
 * <p>Resolution ranks candidates by name tier, feature class, population and whether their country is
 * one the article is about (countries it names and its actors' countries).
 */
public final class PlaceRecognizer implements Stage<AnnotatedArticle, AnnotatedArticle> {
  private static final Set<String> INSTITUTION_HEADS = org.sitrep.text.WordLists.bundled().words("PlaceRecognizer.INSTITUTION_HEADS");
  private static final int MAX_NGRAM = 8;
  /** Words that name first-level divisions somewhere ("Central", "North") but, in an organisation's name,
   * say what kind of body it is ("Central Bank", "North Atlantic Treaty Organization"). */
  private static final Set<String> WORDS_NOT_NAMES = org.sitrep.text.WordLists.bundled().words("PlaceRecognizer.WORDS_NOT_NAMES");
  /** "Saint" and its abbreviations, and words for churches: the saint of "St. Mark's Cathedral" is no place. */
  private static final Set<String> SAINT = org.sitrep.text.WordLists.bundled().words("PlaceRecognizer.SAINT");
  private static final Set<String> CHURCHES = org.sitrep.text.WordLists.bundled().words("PlaceRecognizer.CHURCHES");
  /**
   * Capitalised words that some village somewhere is named after but that, standing alone and unseen
   * by NER as a location, are titles or the heads of institutions' names: "Interior Minister", "Mrs
   * Clinton", "Superior Court", "Rev.".
   */
  private static final Set<String> NOT_PLACES_ALONE = org.sitrep.text.WordLists.bundled().words("PlaceRecognizer.NOT_PLACES_ALONE");

  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;
  private final Regions regions;

  public PlaceRecognizer(Gazetteer gazetteer, Regions regions) {
    this.gazetteer = gazetteer;
    this.resolver = new PlaceResolver(gazetteer);
    this.regions = regions;
  }

  /** A recognised span before resolution; {@code embedded} if it lies inside an organisation's name. */
  private record Span(int start, int end, String name, GeoPrecision modifier, boolean fromNer,
                      GazetteerEntry region, boolean embedded) {
    Span(int start, int end, String name, GeoPrecision modifier, boolean fromNer, GazetteerEntry region) {
      this(start, end, name, modifier, fromNer, region, false);
    }
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NLP, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.PLACES);
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle input) {
    String body = input.article().body();
    List<Span> spans = new ArrayList<>();
    for (Regions.Match m : regions.find(body)) {
      if (namesTheInstitution(m.entry(), body, m.start())) {
        continue;
      }
      spans.add(new Span(m.start(), m.end(), body.substring(m.start(), m.end()), null, true, m.entry()));
    }
    for (CoreSentence sentence : input.doc().sentences()) {
      recognize(sentence, body, input.actors(), spans);
    }
    // the document's context countries: its actors' and its publisher's
    List<String> contextCountries = new ArrayList<>(input.actors().stream().map(a -> a.actor().country()).toList());
    PublisherLocale.countryOf(input.article()).ifPresent(contextCountries::add);
    List<PlaceContainment.Named> named = spans.stream()
        .map(s -> new PlaceContainment.Named(s.start(), s.end(), s.name())).toList();
    PlaceContexts.Story story = resolver.contexts().story(body, named, spans.stream().map(Span::modifier).toList(),
        contextCountries);
    List<PlaceContainment.Container> containers = story.containers();
    List<GeoPrecision> cues = story.cues();
    List<PlaceResolver.Reading> firstPass = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (s.region() == null) {
        resolver.resolve(s.name(), cues.get(i), s.fromNer(), story.first(), containers.get(i))
            .ifPresent(firstPass::add);
      }
    }
    PlaceContext focus = resolver.contexts().refine(story.first(), firstPass, contextCountries);
    List<PlaceMention> mentions = new ArrayList<>();
    List<AnnotatedArticle.UnresolvedPlace> unresolved = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      String text = body.substring(s.start(), s.end());
      if (s.region() != null) {
        GeoPrecision p = s.region().isPopulatedPlace() || s.region().isLandmark() ? GeoPrecision.EXACT
            : GeoPrecision.REGION;
        mentions.add(new PlaceMention(text, s.start(), s.end(), gazetteer.toPlace(s.region(), p), 1.0, false));
        continue;
      }
      boolean demonym = gazetteer.placeOfDemonym(s.name()).isPresent();
      var reading = resolver.resolve(s.name(), cues.get(i), s.fromNer(), focus, containers.get(i));
      if (reading.isPresent() && gazetteer.byId(reading.get().place().gazetteerId())
          .map(e -> namesTheInstitution(e, body, s.start())).orElse(false)) {
        continue;
      }
      if (reading.isPresent()) {
        mentions.add(new PlaceMention(text, s.start(), s.end(), reading.get().place(), reading.get().score(), demonym,
            s.embedded()));
      } else if (s.fromNer() && !s.embedded()) {
        unresolved.add(new AnnotatedArticle.UnresolvedPlace(text, s.start(), s.end()));
      }
    }
    mentions.sort(Comparator.comparingInt(PlaceMention::start));
    Place area = StoryArea.of(mentions.stream().filter(PlaceMention::locative).map(PlaceMention::place).toList())
        .orElse(null);
    List<AnnotatedArticle.UnresolvedPlace> hinted = unresolved.stream()
        .map(u -> new AnnotatedArticle.UnresolvedPlace(u.text(), u.start(), u.end(), area)).toList();
    return input.withPlaces(mentions, hinted);
  }

  /**
   * Whether a landmark's name stands for the institution housed there rather than the site: "the White
   * House condemned the attack" names the government, "outside the White House" the building.
   */
  private static boolean namesTheInstitution(GazetteerEntry e, String body, int start) {
    return e.isLandmark() && !PlaceCues.sited(body, start);
  }

  private void recognize(CoreSentence sentence, String body, List<ActorMention> actors, List<Span> spans) {
    List<CoreLabel> tokens = sentence.tokens();
    boolean[] taken = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      taken[i] = insideAny(actors, t.beginPosition(), t.endPosition())
          || insideAnySpan(spans, t.beginPosition(), t.endPosition());
    }
    // NER's persons and organisations are not places, unless the words around them say otherwise: NER
    // often reads transliterated Arabic place names as persons ("in the Deir el-Zour countryside").
    for (CoreEntityMention em : sentence.entityMentions()) {
      if (!em.entityType().equals("PERSON") && !em.entityType().equals("ORGANIZATION")) {
        continue;
      }
      int first = tokens.indexOf(em.tokens().get(0));
      int last = tokens.indexOf(em.tokens().get(em.tokens().size() - 1));
      if (first < 0 || last < 0 || locativeContext(tokens, first, last) && !institution(em)) {
        continue;
      }
      if (em.entityType().equals("ORGANIZATION")) {
        embeddedPlaces(tokens, body, first, last, taken, spans);
      }
      for (int k = first; k <= last; k++) {
        taken[k] = true;
      }
    }
    markDedications(tokens, taken);
    // CoreNLP's LOCATION mentions first: NER has seen the context.
    for (CoreEntityMention em : sentence.entityMentions()) {
      if (!isLocationType(em.entityType())) {
        continue;
      }
      int first = tokens.indexOf(em.tokens().get(0));
      int last = tokens.indexOf(em.tokens().get(em.tokens().size() - 1));
      if (first < 0 || last < 0 || anyTaken(taken, first, last)) {
        continue;
      }
      // NER may stop short of the full name ("Deir" of "Deir el-Zour"): extend to the longest known name.
      int end = longestKnownFrom(tokens, body, first, Math.max(last, first), taken, true);
      addSpan(tokens, body, first, Math.max(end, last), true, spans, taken);
    }
    // Demonyms and country adjectives ("Syrian", "Iraqis") stand for their country.
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (!taken[i] && Character.isUpperCase(t.word().charAt(0)) && (t.tag().startsWith("JJ") || t.tag().startsWith("NNP"))
          && gazetteer.placeOfDemonym(t.word()).isPresent()) {
        spans.add(new Span(t.beginPosition(), t.endPosition(), t.word(), GeoPrecision.COUNTRY, true, null));
        taken[i] = true;
      }
    }
    // Then proper-noun runs that the gazetteer knows.
    for (int i = 0; i < tokens.size(); i++) {
      String ner = tokens.get(i).ner();
      // NER often calls a transliterated name MISC ("Deir ez-Zor") or a person: the gazetteer decides.
      if (taken[i] || !isProperNoun(tokens.get(i)) || !("O".equals(ner) || "PERSON".equals(ner)
          || "ORGANIZATION".equals(ner) || "MISC".equals(ner))) {
        continue;
      }
      int end = longestKnownFrom(tokens, body, i, -1, taken, false);
      if (end == i && NOT_PLACES_ALONE.contains(withoutFullStop(lower(tokens.get(i))))) {
        continue; // "Interior Minister Suleyman Soylu", "Mrs Clinton", "Rev. Paul", "Superior Court": titles and heads
      }
      if (end >= 0) {
        addSpan(tokens, body, i, end, false, spans, taken);
        i = end;
      }
    }
  }

  /**
   * Places named inside an organisation's name ("Kentucky State Police", "Texas A&M University", "CTV
   * Edmonton", "the University of Manitoba"): kept as mentions that say whose, not where, so that a
   * reader of the places sees them and the event coder does not place an event there. Only names that
   * stand for a country, a first-level division or a city of 100,000 qualify: a village's name inside
   * a company's ("Crystal Energy") is likelier a word.
   */
  private void embeddedPlaces(List<CoreLabel> tokens, String body, int first, int last, boolean[] taken,
                              List<Span> spans) {
    for (int i = first; i <= last; i++) {
      if (taken[i] || !isProperNoun(tokens.get(i))) {
        continue;
      }
      for (int j = Math.min(last, i + MAX_NGRAM - 1); j >= i; j--) {
        if (taken[j] || !isProperNoun(tokens.get(j))) {
          continue;
        }
        int start = tokens.get(i).beginPosition();
        int end = tokens.get(j).endPosition();
        String name = body.substring(start, end);
        if (i == j && (WORDS_NOT_NAMES.contains(lower(tokens.get(i))) || name.chars().noneMatch(Character::isLowerCase))) {
          continue; // "Central Bank", "Federal Reserve", "ATF": a word or an acronym, not a place's name
        }
        String folded = NameKeys.fold(name);
        boolean standing = gazetteer.candidates(name).stream().anyMatch(c -> c.exactName()
            && (c.entry().isCountry() || c.entry().isAdmin1()
                || c.entry().population() >= 100_000 && NameKeys.fold(c.entry().name()).equals(folded)));
        if (standing) {
          spans.add(new Span(start, end, name, null, true, null, true));
          i = j;
          break;
        }
      }
    }
  }

  /**
   * The last token of the longest name starting at {@code first} that the gazetteer knows, or -1. A name
   * runs over proper nouns, the particles of Arabic names, and pieces glued to them without a space
   * ("el", "-", "Zour" of "el-Zour"); it may not end in a particle or hyphen. Without NER's word that the
   * span is a location, a single word must match the strict name tier, so "Colonel" does not pass for
   * "Calnali".
   */
  private int longestKnownFrom(List<CoreLabel> tokens, String body, int first, int atLeast, boolean[] taken,
                               boolean nerLocation) {
    int best = -1;
    for (int j = first; j < Math.min(tokens.size(), first + MAX_NGRAM); j++) {
      CoreLabel t = tokens.get(j);
      boolean glued = j > first && t.beginPosition() == tokens.get(j - 1).endPosition();
      if (j > first && (taken[j] || !(isNameToken(t) || glued))) {
        break;
      }
      if (j < atLeast || !isProperNoun(t) && !(glued && Character.isUpperCase(t.word().charAt(0)))) {
        continue;
      }
      String text = body.substring(tokens.get(first).beginPosition(), t.endPosition());
      List<Gazetteer.Candidate> found = gazetteer.candidates(text);
      // Several tokens with particles are the transliterated names the variant tier is for.
      if (!found.isEmpty() && (nerLocation || found.get(0).exactName() || j > first)) {
        best = j;
      }
    }
    return best;
  }

  private void addSpan(List<CoreLabel> tokens, String body, int first, int last, boolean fromNer, List<Span> spans,
                       boolean[] taken) {
    int start = tokens.get(first).beginPosition();
    int end = tokens.get(last).endPosition();
    String name = body.substring(start, end);
    // The span stays the name itself; the words around it set the precision.
    GeoPrecision modifier = PlaceCues.modifier(body, start, end);
    spans.add(new Span(start, end, name, modifier, fromNer, null));
    for (int k = first; k <= last; k++) {
      taken[k] = true;
    }
  }

  /**
   * "the church of St. Peter and St. Paul", "St. Mark's Coptic Orthodox Cathedral": a saint a church is
   * dedicated to is no place, though towns bear the same names (Saint Peter, Minnesota). Marks the
   * saints' names taken.
   */
  private static void markDedications(List<CoreLabel> tokens, boolean[] taken) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!SAINT.contains(lower(tokens.get(i)))) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && (isNameToken(tokens.get(end)) || SAINT.contains(lower(tokens.get(end)))
          || lower(tokens.get(end)).equals("and") || lower(tokens.get(end)).equals("'s"))) {
        end++;
      }
      boolean churchAfter = false;
      for (int k = i + 1; k < end; k++) {
        churchAfter |= CHURCHES.contains(lower(tokens.get(k)));
      }
      boolean churchBefore = i >= 2 && lower(tokens.get(i - 1)).equals("of")
          && CHURCHES.contains(lower(tokens.get(i - 2)));
      if (churchAfter || churchBefore) {
        for (int k = i; k < end; k++) {
          taken[k] = true;
        }
        i = end - 1;
      }
    }
  }

  // ---- token tests ------------------------------------------------------------------------------

  /** "in X", "near X", "X countryside", "X province": the words around a name that make it a place. */
  private static boolean locativeContext(List<CoreLabel> tokens, int first, int last) {
    String before = first > 0 ? lower(tokens.get(first - 1)) : "";
    String beforeThe = first > 1 && before.equals("the") ? lower(tokens.get(first - 2)) : before;
    String after = last + 1 < tokens.size() ? lower(tokens.get(last + 1)) : "";
    return PlaceCues.LOCATIVE_BEFORE.contains(beforeThe) || PlaceCues.ADMIN1_AFTER.contains(after)
        || PlaceCues.ADMIN2_AFTER.contains(after) || PlaceCues.NEAR_AFTER.contains(after);
  }

  /**
   * An organisation named as an institution ("the Washington Institute for Near East Policy", "the
   * University of Baghdad"): the place in its name is not a place of the story, even after "at the".
   */
  private static boolean institution(CoreEntityMention em) {
    if (!em.entityType().equals("ORGANIZATION") || em.tokens().size() < 2) {
      return false;
    }
    return em.tokens().stream().anyMatch(t -> INSTITUTION_HEADS.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  private static boolean isLocationType(String type) {
    return type.equals("LOCATION") || type.equals("COUNTRY") || type.equals("CITY")
        || type.equals("STATE_OR_PROVINCE");
  }

  private static boolean isProperNoun(CoreLabel t) {
    return t.tag() != null && t.tag().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
  }

  /** Inside a name: proper nouns and the lower-case particles of Arabic names ("el-Zour", "al"). */
  private static boolean isNameToken(CoreLabel t) {
    if (isProperNoun(t)) {
      return true;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.matches("(al|el|ad|ar|as|az|ez|ed|ash|an|at|ul|ud|ur|uz|abu|bin|ibn|bani|beni)(-\\p{L}+)?");
  }

  /** "dr." as "dr": a title is the same word abbreviated with a full stop (AP style) or without (British). */
  private static String withoutFullStop(String word) {
    return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  private static String lower(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }

  private static boolean anyTaken(boolean[] taken, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideAny(List<ActorMention> actors, int start, int end) {
    for (ActorMention a : actors) {
      if (a.start() < end && start < a.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideAnySpan(List<Span> spans, int start, int end) {
    for (Span s : spans) {
      if (s.start() < end && start < s.end()) {
        return true;
      }
    }
    return false;
  }
}
