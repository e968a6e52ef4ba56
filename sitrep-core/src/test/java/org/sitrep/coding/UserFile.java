package org.sitrep.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A user's YAML file for the loaders' tests: the file's own name is what their error messages cite. */
final class UserFile {
  private UserFile() {
  }

  /** Writes {@code yaml} to {@code name} in {@code dir}; the list is what the loaders take. */
  static List<Path> write(Path dir, String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return List.of(file);
  }
}
