package org.sitrep.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.data.DataFile;
import org.sitrep.domain.Actor;
import org.sitrep.domain.ActorType;

/**
 * The actors Sitrep knows, read from the bundled {@code actors.yaml} and any user files (format in that
 * file's header). Finds their aliases in text with one alternation per case mode, longest alias first.
 */
public final class ActorRegistry {
  public static final String BUNDLED = "org/sitrep/coding/actors.yaml";

  private final Map<String, Actor> byAlias; // alias as written -> actor
  private final Pattern caseSensitive;
  private final Pattern caseInsensitive;
  private final Map<String, Actor> byLowerAlias;
  private final Pattern anaphors;
  /** Force noun in lower case to its entry; a user file's entry overrides the bundled one. */
  private final Map<String, ForceNouns> forceByNoun;
  private final Pattern forceNouns;

  /**
   * A country's forces named by common nouns: "{country}" in the name template stands for the country,
   * read from the word before the noun ("Jordanian security forces", "Turkey's police") or, for a noun
   * that may stand alone ("police", "troops"), from where the event happened.
   */
  record ForceNouns(String nameTemplate, ActorType type, List<String> nouns, List<String> alone) {
  }

  private ActorRegistry(Map<String, Actor> byAlias, List<String> anaphorPhrases, List<ForceNouns> forces) {
    this.byAlias = byAlias;
    this.forceByNoun = new java.util.HashMap<>();
    for (ForceNouns f : forces) {
      f.nouns().forEach(n -> forceByNoun.put(n.toLowerCase(java.util.Locale.ROOT), f));
    }
    this.forceNouns = alternation(forces.stream().flatMap(f -> f.nouns().stream()).toList(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.byLowerAlias = new LinkedHashMap<>();
    List<String> exact = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    for (Map.Entry<String, Actor> e : byAlias.entrySet()) {
      String alias = e.getKey();
      if (isAcronym(alias)) {
        exact.add(alias);
      } else {
        folded.add(alias);
        byLowerAlias.putIfAbsent(alias.toLowerCase(java.util.Locale.ROOT), e.getValue());
      }
    }
    this.caseSensitive = alternation(exact, 0);
    this.caseInsensitive = alternation(folded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.anaphors = alternation(anaphorPhrases, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The bundled registry followed by the given user files. */
  public static ActorRegistry load(List<Path> userFiles) {
    Map<String, Actor> byAlias = new LinkedHashMap<>();
    List<String> anaphors = new ArrayList<>();
    List<ForceNouns> forces = new ArrayList<>();
    readInto(DataFile.readResource(BUNDLED), byAlias, anaphors, forces);
    for (Path p : userFiles) {
      readInto(DataFile.read(p), byAlias, anaphors, forces);
    }
    return new ActorRegistry(byAlias, anaphors, forces);
  }

  public static ActorRegistry bundled() {
    return load(List.of());
  }

  private static void readInto(Map<String, List<DataFile.Entry>> file, Map<String, Actor> byAlias,
                               List<String> anaphors, List<ForceNouns> forces) {
    for (DataFile.Entry e : file.getOrDefault("actors", List.of())) {
      String name = e.required("name");
      ActorType type = typeOf(e);
      String country = e.text("country");
      if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
        throw e.invalid("country must be an ISO 3166-1 alpha-2 code such as SY, got '" + country + "'");
      }
      Actor actor = new Actor(name, type, country);
      byAlias.put(name, actor);
      for (String alias : e.strings("aliases")) {
        if (alias.isBlank()) {
          throw e.invalid("empty alias for " + name);
        }
        byAlias.put(alias, actor); // a later file may re-assign an alias on purpose
      }
    }
    for (DataFile.Entry e : file.getOrDefault("anaphors", List.of())) {
      anaphors.add(e.node().asText());
    }
    for (DataFile.Entry e : file.getOrDefault("state_forces", List.of())) {
      String name = e.required("name");
      if (!name.contains(Actor.COUNTRY_SLOT)) {
        throw e.invalid("a state force's name must hold " + Actor.COUNTRY_SLOT + ", got '" + name + "'");
      }
      List<String> nouns = e.strings("nouns");
      List<String> alone = e.strings("alone");
      if (!nouns.containsAll(alone)) {
        throw e.invalid("every noun under 'alone' must also be under 'nouns'");
      }
      forces.add(new ForceNouns(name, typeOf(e), nouns, alone));
    }
  }

  private static ActorType typeOf(DataFile.Entry e) {
    try {
      return ActorType.ofInterCode((int) e.number("type"));
    } catch (IllegalArgumentException ex) {
      throw e.invalid(ex.getMessage());
    }
  }

  private static boolean isAcronym(String alias) {
    return alias.chars().noneMatch(Character::isLowerCase);
  }

  private static Pattern alternation(List<String> phrases, int flags) {
    if (phrases.isEmpty()) {
      return null;
    }
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        re.append('|');
      }
      re.append(Pattern.quote(sorted.get(i)));
    }
    re.append(")(?![\\p{L}\\p{N}])");
    return Pattern.compile(re.toString(), flags);
  }

  /** An alias occurrence in a text. */
  public record Match(Actor actor, int start, int end) {
  }

  /** Every alias occurrence, longest first where they overlap, in text order. */
  public List<Match> find(CharSequence text) {
    List<Match> all = new ArrayList<>();
    collect(caseSensitive, text, all, false);
    collect(caseInsensitive, text, all, true);
    all.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
    List<Match> kept = new ArrayList<>();
    int coveredTo = -1;
    for (Match m : all) {
      if (m.start() >= coveredTo) {
        kept.add(m);
        coveredTo = m.end();
      }
    }
    return kept;
  }

  private void collect(Pattern p, CharSequence text, List<Match> out, boolean folded) {
    if (p == null) {
      return;
    }
    Matcher m = p.matcher(text);
    while (m.find()) {
      String found = m.group();
      Actor a = folded ? byLowerAlias.get(found.toLowerCase(java.util.Locale.ROOT)) : byAlias.get(found);
      if (a != null) {
        out.add(new Match(a, m.start(), m.end()));
      }
    }
  }

  /** Spans of anaphoric phrases ("the group"), to be resolved against earlier mentions. */
  public List<int[]> findAnaphors(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    if (anaphors != null) {
      Matcher m = anaphors.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** Words before a force noun that make it someone else's forces: "rebel forces", "coalition troops". */
  private static final Pattern NOT_A_STATE = Pattern.compile(
      "(?i)(rebel|rebels|opposition|insurgent|militia|coalition|allied|foreign|jihadist|tribal|peacekeeping|"
          + "private|pro-[\\p{L}-]+|anti-[\\p{L}-]+|[\\p{L}-]+-backed|[\\p{L}-]+-led|his|her|their|its|whose)$");
  /** The word right before a force noun, with a possessive "'s" if there is one ("Jordanian", "Turkey's"). */
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}.-]*)(['\u2019]s)?\\s+$");

  /**
   * Forces named by a common noun. With a country word before the noun ("Iraqi troops", "Turkey's
   * police") the actor is that country's force, named as the registry names it if it does; a noun that
   * may stand alone ("police") is returned with the country slot open, for the coder to fill with the
   * event's country, as ACLED codes "police" in a Jordanian town as Jordan's. A noun after another
   * capitalised word that is no country ("Kurdish security forces", "Ankara's police") or after a word
   * that makes it non-state ("rebel forces") is left out: whose forces they are is not known.
   *
   * @param countryOfWord ISO 3166-1 alpha-2 code of a demonym or country name ("Iraqi", "Turkey"), or ""
   */
  public List<Match> findForces(CharSequence text, java.util.function.Function<String, String> countryOfWord) {
    List<Match> out = new ArrayList<>();
    if (forceNouns == null) {
      return out;
    }
    Matcher m = forceNouns.matcher(text);
    while (m.find()) {
      String noun = m.group().toLowerCase(java.util.Locale.ROOT);
      ForceNouns force = forceByNoun.get(noun);
      CharSequence before = text.subSequence(Math.max(0, m.start() - 40), m.start());
      Matcher w = WORD_BEFORE.matcher(before);
      String word = w.find() ? w.group(1) : "";
      String iso = word.isEmpty() ? "" : countryOfWord.apply(word);
      if (!iso.isEmpty()) {
        String name = Actor.countryForces(force.nameTemplate(), iso);
        Actor actor = Optional.ofNullable(byAlias.get(name)).orElse(new Actor(name, force.type(), iso));
        out.add(new Match(actor, m.start() - w.group().length(), m.end()));
      } else if (force.alone().stream().anyMatch(n -> n.equalsIgnoreCase(noun))
          && (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && w.group(2) == null
              && !NOT_A_STATE.matcher(word).matches())) {
        out.add(new Match(new Actor(force.nameTemplate(), force.type(), ""), m.start(), m.end()));
      }
    }
    return out;
  }

  public Optional<Actor> byName(String name) {
    return Optional.ofNullable(byAlias.get(name));
  }
}
