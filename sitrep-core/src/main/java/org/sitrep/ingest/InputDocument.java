package org.sitrep.ingest;

import java.util.Objects;

/**
 * Raw bytes of one input and where they came from ("path/to/file.html", "stdin", a URL). Bytes, not a
 * string: the charset is the reader's to decide.
 */
public record InputDocument(String location, byte[] bytes) {
  public InputDocument {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(bytes, "bytes");
  }
}
