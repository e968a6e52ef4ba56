package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The example report shipped with Sitrep, written by the team (facts after a VOA report of 7 May 2020). */
final class BundledExample {
  static final String RESOURCE = "org/sitrep/cli/example-report.txt";
  static final LocalDate PUBLISHED = LocalDate.of(2020, 5, 7);
  static final String SOURCE = "Sitrep example";

  private BundledExample() {
  }

  /** Copies the example to a file in {@code dir}, so it goes through the same reader as any input. */
  static Path writeTo(Path dir) throws IOException {
    Path file = dir.resolve("example-report.txt");
    try (InputStream in = BundledExample.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("bundled example missing from the class path: " + RESOURCE);
      }
      Files.copy(in, file);
    }
    return file;
  }
}
