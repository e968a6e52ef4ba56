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

  private ActorRegistry(Map<String, Actor> byAlias, List<String> anaphorPhrases) {
    this.byAlias = byAlias;
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
    readInto(DataFile.readResource(BUNDLED), byAlias, anaphors);
    for (Path p : userFiles) {
      readInto(DataFile.read(p), byAlias, anaphors);
    }
    return new ActorRegistry(byAlias, anaphors);
  }

  public static ActorRegistry bundled() {
    return load(List.of());
  }

  private static void readInto(Map<String, List<DataFile.Entry>> file, Map<String, Actor> byAlias,
                               List<String> anaphors) {
    for (DataFile.Entry e : file.getOrDefault("actors", List.of())) {
      String name = e.required("name");
      int inter = (int) e.number("type");
      ActorType type;
      try {
        type = ActorType.ofInterCode(inter);
      } catch (IllegalArgumentException ex) {
        throw e.invalid(ex.getMessage());
      }
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

  public Optional<Actor> byName(String name) {
    return Optional.ofNullable(byAlias.get(name));
  }
}
