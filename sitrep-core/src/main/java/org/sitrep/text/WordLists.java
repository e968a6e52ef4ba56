package org.sitrep.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
  /** The line each list starts on in its file, for errors that name it. */
  private final Map<String, Integer> firstLine;

  private WordLists(Map<String, Set<String>> lists, Map<String, Integer> firstLine) {
    this.lists = lists;
    this.firstLine = firstLine;
  }

  /** The environment variable naming users' word-list files (separated as paths are: ':' here). */
  public static final String USER_FILES = "SITREP_WORD_LISTS";
  private static final List<Path> userFiles = new ArrayList<>();

  /**
   * The bundled lists with the words of the users' files added (from {@link #addUserFile} and
   * {@value #USER_FILES}). Read once, on first use: the rules hold their lists from then on.
   */
  public static synchronized WordLists bundled() {
    if (bundled == null) {
      try (InputStream in = WordLists.class.getResourceAsStream(BUNDLED)) {
        WordLists lists = read(in, "word-lists.tsv");
        List<Path> users = org.sitrep.data.DataFile.userFiles(userFiles, USER_FILES);
        for (Path user : users) {
          try (InputStream more = Files.newInputStream(user)) {
            lists = lists.with(read(more, user.toString()), user.toString());
          }
        }
        bundled = lists;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundled;
  }

  /**
   * A user's file of more words for the rules' lists, in the bundled file's format. Only before the
   * lists are first read (the CLI's {@code --word-lists} does it before loading anything); a list the
   * bundled file does not hold is an error naming the file and line, as a misspelt list name would be.
   */
  public static synchronized void addUserFile(Path file) {
    if (bundled != null) {
      throw new IllegalStateException("the word lists were already read; add " + file + " before coding starts");
    }
    userFiles.add(file);
  }

  WordLists with(WordLists more, String file) throws IOException {
    Map<String, Set<String>> merged = new LinkedHashMap<>();
    lists.forEach((k, v) -> merged.put(k, new LinkedHashSet<>(v)));
    for (var e : more.lists.entrySet()) {
      Set<String> words = merged.get(e.getKey());
      if (words == null) {
        throw new IOException(file + ":" + more.firstLine.get(e.getKey()) + ": no list '" + e.getKey()
            + "' in the bundled word lists (lists are named after their rule, e.g. 'Modality.NEGATORS')");
      }
      words.addAll(e.getValue()); // a word the bundled list has already is no error: it is there
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    merged.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new WordLists(Collections.unmodifiableMap(frozen), firstLine);
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
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    for (DataFile.Row row : DataFile.tsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), file)) {
      String[] f = row.fields();
      if (f.length != 2 || f[0].isBlank() || f[1].isBlank() || !f[1].equals(f[1].strip())) {
        throw row.invalid("expected 'list<TAB>word'");
      }
      firstLine.putIfAbsent(f[0], row.line());
      if (!lists.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1])) {
        throw row.invalid("'" + f[1] + "' is already in " + f[0]);
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    lists.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    return new WordLists(Collections.unmodifiableMap(frozen), firstLine);
  }
}
