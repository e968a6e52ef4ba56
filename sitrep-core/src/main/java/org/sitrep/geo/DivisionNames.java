package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sitrep.text.WordLists;

/**
 * The names of each first-level division in the languages GeoNames gives them (Iraq's "Ninawa",
 * "Nineveh", "Ninive"; "Salah ad Din", "Saladin"), so that a filter for one name finds events stored
 * under another: ACLED writes "Ninewa", GeoNames "Nineveh", a French report "Ninive". Read from the
 * {@code iso3166-2-db} npm package, whose regions carry GeoNames' admin1 code and GeoNames' own
 * per-language names; only names in Latin letters are kept, with the generic word ("Province",
 * "Gouvernorat de", in {@code word-lists.tsv}) taken off. Built once into a small file in the cache.
 */
public final class DivisionNames {
  static final int FORMAT_VERSION = 2;
  private static final Pattern CONNECTOR = Pattern.compile(
      "^(?:(?:de|di|del|della|du|des|da|do|dos|das|of)\\s+|d['’]\\s*)", Pattern.CASE_INSENSITIVE);
  private static DivisionNames cached;

  /** An empty table: no name has another. */
  public static final DivisionNames NONE = new DivisionNames(Map.of());

  private final Map<String, List<String>> namesByCode;
  private final Map<String, List<String>> codesByKey = new HashMap<>();
  private final Set<String> generic;

  DivisionNames(Map<String, List<String>> namesByCode) {
    this.namesByCode = namesByCode;
    this.generic = namesByCode.isEmpty() ? Set.of() : WordLists.bundled().words("DivisionNames.GENERIC_WORDS");
    namesByCode.forEach((code, names) -> names.forEach(n ->
        codesByKey.computeIfAbsent(key(n), k -> new ArrayList<>()).add(code)));
  }

  /** A table of the names of each division, by GeoNames' admin1 code ("IQ.15"). */
  public static DivisionNames of(Map<String, List<String>> namesByCode) {
    return new DivisionNames(Map.copyOf(namesByCode));
  }

  /** The names of the division with GeoNames' admin1 code {@code code} ("IQ.15"), none if unknown. */
  public List<String> namesOfDivision(String code) {
    return namesByCode.getOrDefault(code, List.of());
  }

  /**
   * The table of the cached npm package, built into the cache on first use; {@link #NONE} where setup
   * has not installed the package (the filters then match spellings alone).
   */
  public static synchronized DivisionNames cached() {
    if (cached == null) {
      // keyed by the generic words too: a user who adds one gets the table built again
      Path file = GeoData.cacheDir().resolve("division-names-v" + FORMAT_VERSION + "-"
          + Integer.toHexString(WordLists.bundled().words("DivisionNames.GENERIC_WORDS").hashCode()) + ".tsv");
      Path regions = GeoData.nodeModules().resolve("iso3166-2-db/regions");
      try {
        if (!Files.isRegularFile(file) && Files.isDirectory(regions)) {
          Path tmp = Files.createTempFile(file.getParent(), "division-names", ".tmp");
          fromPackage(regions).write(tmp);
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        cached = Files.isRegularFile(file) ? read(file) : NONE;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot build the division names from " + regions + ": " + e.getMessage(), e);
      }
    }
    return cached;
  }

  /**
   * Every name of the divisions that {@code name} names (by its spelling key, with or without its
   * generic word: "Idleb Governorate" is Idlib), within {@code country}
   * (ISO 3166 alpha-2) when it is given; empty when no division is called so.
   */
  public List<String> namesOf(String name, String country) {
    Set<String> codes = new LinkedHashSet<>(codesByKey.getOrDefault(key(name), List.of()));
    codes.addAll(codesByKey.getOrDefault(key(withoutGenericWord(name, generic)), List.of()));
    Set<String> out = new LinkedHashSet<>();
    for (String code : codes) {
      if (country == null || country.isBlank() || code.startsWith(country.toUpperCase(Locale.ROOT) + ".")) {
        out.addAll(namesByCode.get(code));
      }
    }
    return List.copyOf(out);
  }

  /** A name's key in the table: {@link NameKeys#compact}, so spellings that differ by accents, case or articles meet. */
  public static String key(String name) {
    return NameKeys.compact(name);
  }

  /** Reads {@code regions/<CC>/<language>.json}: GeoNames' admin1 code in {@code admin}, the name in {@code name}. */
  static DivisionNames fromPackage(Path regions) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> generic = WordLists.bundled().words("DivisionNames.GENERIC_WORDS");
    Map<String, List<String>> names = new TreeMap<>();
    try (DirectoryStream<Path> countries = Files.newDirectoryStream(regions, Files::isDirectory)) {
      for (Path country : countries) {
        try (DirectoryStream<Path> languages = Files.newDirectoryStream(country, "*.json")) {
          for (Path language : languages) {
            if (language.getFileName().toString().endsWith("_ref.json")) {
              continue; // the same names with references to other data sets
            }
            for (JsonNode region : json.readTree(language.toFile())) {
              String admin = region.path("admin").asText("");
              String name = region.path("name").asText("").strip();
              if (!admin.isEmpty() && !name.isEmpty() && NameKeys.isLatin(name)) {
                String code = country.getFileName() + "." + admin;
                List<String> known = names.computeIfAbsent(code, c -> new ArrayList<>());
                for (String n : List.of(name, withoutGenericWord(name, generic))) {
                  if (!n.isEmpty() && known.stream().noneMatch(k -> k.equalsIgnoreCase(n))) {
                    known.add(n);
                  }
                }
              }
            }
          }
        }
      }
    }
    return new DivisionNames(names);
  }

  /** "Nineveh Province" → "Nineveh", "Gouvernorat d'Idleb" → "Idleb"; a name that is only the word stays. */
  static String withoutGenericWord(String name, Set<String> generic) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String w : generic) {
      if (lower.startsWith(w + " ")) {
        String rest = CONNECTOR.matcher(name.substring(w.length() + 1).strip()).replaceFirst("").strip();
        return rest.isEmpty() ? name : rest;
      }
      if (lower.endsWith(" " + w)) {
        return name.substring(0, name.length() - w.length() - 1).strip();
      }
    }
    return name;
  }

  static DivisionNames read(Path file) throws IOException {
    Map<String, List<String>> names = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length >= 2) {
          names.put(f[0], List.of(f).subList(1, f.length));
        }
      }
    }
    return new DivisionNames(names);
  }

  void write(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (var e : new TreeMap<>(namesByCode).entrySet()) {
        out.write(e.getKey() + "\t" + String.join("\t", e.getValue()) + "\n");
      }
    }
  }
}
