package org.sitrep.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sitrep's knowledge files (actors, event lexicon, regions) are YAML documents holding named lists of
 * entries. This reads those lists keeping each entry's line number, so validation errors can say
 * "actors.yaml:42: ..." rather than leaving a user to hunt for the bad entry.
 */
public final class DataFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * A user's files of more knowledge: those {@code added} (by command-line options) and those the
   * environment variable {@code variable} names, separated by the path separator (so a Spark executor,
   * which sees no command line, reads them too).
   */
  public static List<Path> userFiles(List<Path> added, String variable) {
    List<Path> files = new ArrayList<>(added);
    String env = System.getenv(variable);
    if (env != null && !env.isBlank()) {
      for (String f : env.split(java.io.File.pathSeparator)) {
        files.add(Path.of(f));
      }
    }
    return files;
  }

  /** One list item with the line it starts on. */
  public record Entry(String file, int line, JsonNode node) {
    public String where() {
      return file + ":" + line;
    }

    public String text(String field) {
      return node.path(field).asText("");
    }

    public String required(String field) {
      String value = text(field);
      if (value.isBlank()) {
        throw invalid("missing required field '" + field + "'");
      }
      return value;
    }

    public double number(String field) {
      JsonNode n = node.get(field);
      if (n == null || !n.isNumber()) {
        throw invalid("field '" + field + "' must be a number");
      }
      return n.asDouble();
    }

    public List<String> strings(String field) {
      JsonNode n = node.path(field);
      if (n.isMissingNode() || n.isNull()) {
        return List.of();
      }
      if (!n.isArray()) {
        throw invalid("field '" + field + "' must be a list");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : n) {
        out.add(item.asText());
      }
      return out;
    }

    public IllegalArgumentException invalid(String message) {
      return new IllegalArgumentException(where() + ": " + message);
    }
  }

  private DataFile() {
  }

  /** One line of a tab-separated knowledge file, with its line number for error messages. */
  public record Row(String file, int line, String[] fields) {
    public IllegalArgumentException invalid(String message) {
      return new IllegalArgumentException(file + ":" + line + ": " + message);
    }
  }

  /** The rows of a tab-separated knowledge file, skipping blank lines and "#" comments. */
  public static List<Row> tsvRows(java.io.Reader reader, String file) throws IOException {
    List<Row> rows = new ArrayList<>();
    java.io.BufferedReader lines = new java.io.BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = lines.readLine()) != null) {
      n++;
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(new Row(file, n, line.split("\t")));
      }
    }
    return rows;
  }

  /** Reads every top-level list of a YAML file: field name to entries. */
  public static Map<String, List<Entry>> read(String fileName, Supplier<InputStream> open) {
    Map<String, List<Entry>> lists = new java.util.LinkedHashMap<>();
    try (InputStream in = open.get(); JsonParser p = YAML.getFactory().createParser(in)) {
      p.setCodec(YAML);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(fileName + ":1: expected a mapping of named lists");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalArgumentException(fileName + ":" + p.currentLocation().getLineNr()
              + ": '" + field + "' must be a list");
        }
        List<Entry> entries = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          int line = p.currentLocation().getLineNr();
          JsonNode node = p.readValueAsTree();
          entries.add(new Entry(fileName, line, node));
        }
        lists.put(field, entries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
    }
    return lists;
  }

  /** Reads a file on disk. */
  public static Map<String, List<Entry>> read(Path file) {
    return read(file.toString(), () -> {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    });
  }

  /** Reads a file bundled on the class path, e.g. "org/sitrep/coding/actors.yaml". */
  public static Map<String, List<Entry>> readResource(String resource) {
    return read(resource, () -> {
      InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("bundled data file missing from the class path: " + resource);
      }
      return in;
    });
  }
}
