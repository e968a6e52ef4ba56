package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands what the user named (files, directories, "-" for standard input) into the documents to read,
 * in a stable order. Reading is deferred to {@link Item#read()}, so one unreadable file is one error,
 * not the end of the run.
 */
public final class DocumentSource {
  /** One input waiting to be read. */
  public interface Item {
    String location();

    InputDocument read() throws IngestException;
  }

  private DocumentSource() {
  }

  public static List<Item> expand(List<String> inputs, InputStream stdin) {
    List<Item> items = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals("-")) {
        items.add(new Item() {
          public String location() {
            return "stdin";
          }

          public InputDocument read() throws IngestException {
            try {
              return new InputDocument("stdin", stdin.readAllBytes());
            } catch (IOException e) {
              throw new IngestException("stdin", IngestException.Problem.UNREADABLE, e.getMessage());
            }
          }
        });
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(p -> items.add(fileItem(p)));
        } catch (IOException | UncheckedIOException e) {
          items.add(failing(input, e.getMessage()));
        }
      } else {
        items.add(fileItem(path));
      }
    }
    return items;
  }

  private static Item fileItem(Path p) {
    String location = p.toString();
    return new Item() {
      public String location() {
        return location;
      }

      public InputDocument read() throws IngestException {
        if (!Files.exists(p)) {
          throw new IngestException(location, IngestException.Problem.UNREADABLE, "no such file or directory");
        }
        try {
          return new InputDocument(location, Files.readAllBytes(p));
        } catch (IOException e) {
          throw new IngestException(location, IngestException.Problem.UNREADABLE, e.toString());
        }
      }
    };
  }

  private static Item failing(String location, String why) {
    return new Item() {
      public String location() {
        return location;
      }

      public InputDocument read() throws IngestException {
        throw new IngestException(location, IngestException.Problem.UNREADABLE, why);
      }
    };
  }
}
