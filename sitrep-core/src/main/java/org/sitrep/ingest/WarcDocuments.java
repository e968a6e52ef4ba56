package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * HTML pages from a WARC or WARC.gz archive (jwarc): each response record whose HTTP payload is HTML
 * becomes one document, with its target URI, the HTTP charset, and the crawl date as a last-resort
 * date. A record cut off mid-way ends the file with an error naming the byte offset; the records
 * before it have been handed on already.
 */
final class WarcDocuments {
  private WarcDocuments() {
  }

  static void read(InputStream in, String location, Consumer<InputDocument> sink,
                   Consumer<IngestException> recordErrors) throws IngestException {
    long offset = 0;
    CountingStream counted = new CountingStream(in);
    try (WarcReader reader = new WarcReader(Channels.newChannel(counted))) {
      reader.onWarning(message -> { });
      while (true) {
        offset = reader.position();
        var next = reader.next();
        if (next.isEmpty()) {
          return;
        }
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        MediaType type;
        byte[] body;
        try {
          type = response.http().contentType();
          body = response.http().body().stream().readNBytes((int) DocumentSource.MAX_PAGE_BYTES + 1);
        } catch (IOException | IllegalArgumentException e) {
          throw new IngestException(location, IngestException.Problem.TRUNCATED,
              "WARC record at byte offset " + offset + " is cut off or malformed, the input ending at byte "
                  + counted.count + " (" + e.getMessage() + ")");
        }
        if (!type.base().equals(MediaType.HTML.base()) && !type.base().toString().equals("application/xhtml+xml")) {
          continue;
        }
        if (body.length > DocumentSource.MAX_PAGE_BYTES) {
          // read no further than the limit (a record can expand to gigabytes); the next record is read
          recordErrors.accept(new IngestException(location + "#" + offset, IngestException.Problem.TOO_LARGE,
              "a WARC record of over " + DocumentSource.MAX_PAGE_BYTES + " bytes; skipped unread"));
          continue;
        }
        String charset = type.parameters().get("charset");
        LocalDate crawled = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
        String uri = response.target();
        sink.accept(new InputDocument(location + "#" + offset, body,
            new InputDocument.Hints(uri, charset, crawled, null, false)));
      }
    } catch (IOException | RuntimeException e) {
      throw new IngestException(location, IngestException.Problem.TRUNCATED,
          "WARC record at byte offset " + offset + " unreadable, the input ending at byte " + counted.count + " ("
              + e.getMessage() + "); the records before it were read");
    }
  }

  /** Counts the bytes read, so that a cut is reported where the input ended, not only where its record began. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
