package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Raw bytes of one input document and where they came from ("path/to/file.html", "stdin",
 * "crawl.warc.gz#record-at-1234"), with what its container said about it. Bytes, not a string: the
 * charset is the reader's to decide.
 */
public record InputDocument(String location, byte[] bytes, Hints hints) implements java.io.Serializable {
  /**
   * What the container knows: the page's URL, the charset of an HTTP header, a date (a feed item's, a
   * crawl's), a publisher name, and whether the bytes are plain text rather than HTML.
   */
  public record Hints(String url, String charset, LocalDate published, String source, boolean plainText)
      implements java.io.Serializable {
    public static final Hints NONE = new Hints(null, null, null, null, false);
  }

  public InputDocument {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(bytes, "bytes");
    hints = hints == null ? Hints.NONE : hints;
  }

  public InputDocument(String location, byte[] bytes) {
    this(location, bytes, Hints.NONE);
  }
}
