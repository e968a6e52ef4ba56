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
    try (WarcReader reader = new WarcReader(Channels.newChannel(in))) {
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
              "WARC record at byte offset " + offset + " is cut off or malformed (" + e.getMessage() + ")");
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
          "WARC unreadable from byte offset " + offset + " (" + e.getMessage() + "); the records before it were read");
    }
  }
}
