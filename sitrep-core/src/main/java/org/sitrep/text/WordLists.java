package org.sitrep.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.DataFile;

/**
 * The word lists the rules read (reporting verbs, modal words, the heads of institutions' names, ...),
 * kept as data ({@code word-lists.tsv}: one "list TAB word" per line) so that reading a rule's words,
 * or adding one, needs no Java. A list is named after the rule that reads it ("Modality.NEGATORS").
 * A malformed line or a word listed twice is an error naming the file and line.
 */
public final class WordLists {
  private static final String BUNDLED = "/org/sitrep/text/word-lists.tsv";
  private static WordLists bundled;

  private final Map<String, Set<String>> lists;

  private WordLists(Map<String, Set<String>> lists) {
    this.lists = lists;
  }

  public static synchronized WordLists bundled() {
    if (bundled == null) {
      try (InputStream in = WordLists.class.getResourceAsStream(BUNDLED)) {
        bundled = read(in, "word-lists.tsv");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundled;
  }

  /** The words of a list, in file order; a list the file does not hold is an error naming it. */
  public Set<String> words(String list) {
    Set<String> words = lists.get(list);
    if (words == null) {
      throw new IllegalStateException("word-lists.tsv holds no list '" + list + "'");
    }
    return words;
  }

  public static WordLists read(InputStream in, String file) throws IOException {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    for (DataFile.Row row : DataFile.tsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), file)) {
      String[] f = row.fields();
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank() || !f[1].equals(f[1].strip())) {
        throw row.invalid("expected 'list<TAB>word'");
      }
      if (!lists.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1])) {
        throw row.invalid("'" + f[1] + "' is already in " + f[0]);
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    lists.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new WordLists(Collections.unmodifiableMap(frozen));
  }
}
