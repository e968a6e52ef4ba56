package org.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Expands what the user named (files, directories, URLs of feeds or pages, "-" for standard input) into
 * inputs, in a stable
 * order, and reads each by its kind: a page (HTML or text, also gzipped), a WARC archive, an RSS/Atom
 * feed, or JSON lines. Reading is deferred to {@link Item#read}, so one bad input is one error, not the
 * end of the run.
 */
public final class DocumentSource {
  /** Pages larger than this are refused rather than parsed: no news article is 32 MB of HTML. */
  public static final long MAX_PAGE_BYTES = 32L << 20;

  /** One input waiting to be read; it may hold many documents (an archive, a feed). */
  public interface Item {
    String location();

    /**
     * Hands each document to {@code sink}; a document that cannot be read goes to {@code errors} and
     * the rest go on. Throws when the input itself fails; documents handed on before stay handed on.
     */
    void read(Consumer<InputDocument> sink, Consumer<IngestException> errors) throws IngestException;
  }

  private DocumentSource() {
  }

  public static List<Item> expand(List<String> inputs, InputStream stdin) {
    List<Item> items = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals("-")) {
        items.add(new StreamItem("stdin", stdin));
        continue;
      }
      if (input.startsWith("http://") || input.startsWith("https://")) {
        items.add(new UrlItem(input));
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(p -> items.add(new FileItem(p)));
        } catch (IOException | UncheckedIOException e) {
          items.add(new FileItem(path));
        }
      } else {
        items.add(new FileItem(path));
      }
    }
    return items;
  }

  private record FileItem(Path path) implements Item {
    @Override
    public String location() {
      return path.toString();
    }

    @Override
    public void read(Consumer<InputDocument> sink, Consumer<IngestException> errors) throws IngestException {
      String where = location();
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!Files.isRegularFile(path)) {
        throw new IngestException(where, IngestException.Problem.UNREADABLE, "no such file");
      }
      try {
        long size = Files.size(path);
        boolean archive = name.endsWith(".warc") || name.endsWith(".warc.gz") || isJsonLines(name);
        if (!archive && size > (name.endsWith(".gz") ? MAX_PAGE_BYTES / 4 : MAX_PAGE_BYTES)) {
          throw new IngestException(where, IngestException.Problem.TOO_LARGE,
              size + " bytes, over the " + MAX_PAGE_BYTES + "-byte limit for one page; not read");
        }
        try (InputStream in = Files.newInputStream(path)) {
          DocumentSource.read(where, in, sink, errors);
        }
      } catch (IOException e) {
        throw new IngestException(where, IngestException.Problem.UNREADABLE, e.toString());
      }
    }
  }

  private static boolean isJsonLines(String name) {
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz");
  }

  /**
   * Reads one named input from a stream by its kind, told by its name: a WARC archive, JSON lines, or a
   * page (HTML or text, also gzipped) that may turn out to be a feed. For inputs that come as streams
   * rather than local files: a Hadoop file system's, in a Spark task.
   */
  public static void read(String location, InputStream in, Consumer<InputDocument> sink,
                          Consumer<IngestException> errors) throws IngestException {
    String name = location.substring(location.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        WarcDocuments.read(in, location, sink, errors);
        return;
      }
      if (isJsonLines(name)) {
        JsonLinesDocuments.read(maybeGunzip(in, name), location, sink, errors);
        return;
      }
      readPage(location, name, maybeGunzip(in, name).readNBytes((int) MAX_PAGE_BYTES + 1), sink);
    } catch (IOException e) {
      throw new IngestException(location, IngestException.Problem.UNREADABLE, e.toString());
    }
  }

  private record StreamItem(String location, InputStream in) implements Item {
    @Override
    public void read(Consumer<InputDocument> sink, Consumer<IngestException> errors) throws IngestException {
      try {
        readPage(location, "", in.readNBytes((int) MAX_PAGE_BYTES + 1), sink);
      } catch (IOException e) {
        throw new IngestException(location, IngestException.Problem.UNREADABLE, e.getMessage());
      }
    }
  }

  /** A feed or page on the web, fetched once ({@link WebFetcher}: redirects, timeouts, size limit). */
  private record UrlItem(String location) implements Item {
    private static final WebFetcher WEB = new WebFetcher("Sitrep/0.1 (conflict-event monitor)", java.time.Duration.ZERO);

    @Override
    public void read(Consumer<InputDocument> sink, Consumer<IngestException> errors) throws IngestException {
      WebFetcher.Response response;
      try {
        response = WEB.get(location, java.util.Map.of());
      } catch (IOException e) {
        throw new IngestException(location, IngestException.Problem.UNREADABLE, "fetch failed: " + e);
      }
      if (response.status() >= 400) {
        throw new IngestException(location, IngestException.Problem.UNREADABLE, "HTTP " + response.status());
      }
      byte[] bytes = response.body();
      if (WebFetcher.isFeedType(response.contentType()) || FeedDocuments.looksLikeFeed(bytes)) {
        FeedDocuments.read(bytes, location, sink);
        return;
      }
      if (response.overLimit()) {
        throw new IngestException(location, IngestException.Problem.TOO_LARGE, "over the " + MAX_PAGE_BYTES + "-byte limit");
      }
      String type = response.contentType().toLowerCase(Locale.ROOT);
      sink.accept(new InputDocument(location, bytes,
          new InputDocument.Hints(location, response.charset(), null, null, type.startsWith("text/plain"))));
    }
  }


  /** One page, or a feed that arrived under a page's name. */
  private static void readPage(String where, String name, byte[] bytes, Consumer<InputDocument> sink)
      throws IngestException {
    if (bytes.length > MAX_PAGE_BYTES) {
      throw new IngestException(where, IngestException.Problem.TOO_LARGE,
          "over the " + MAX_PAGE_BYTES + "-byte limit for one page; not read");
    }
    String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if (base.endsWith(".rss") || base.endsWith(".atom") || FeedDocuments.looksLikeFeed(bytes)) {
      FeedDocuments.read(bytes, where, sink);
      return;
    }
    sink.accept(new InputDocument(where, bytes, InputDocument.Hints.NONE));
  }

  private static InputStream maybeGunzip(InputStream in, String name) throws IOException {
    return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * The first document one input holds (a file, or - for standard input), for the commands that look
   * at a single report; an input that cannot be read, or holds none, is an error naming it.
   */
  public static InputDocument first(String input, InputStream stdin) {
    List<InputDocument> docs = documents(expand(List.of(input), stdin), e -> {
      throw new IllegalArgumentException(e.getMessage());
    });
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(input + ": no document to read");
    }
    return docs.get(0);
  }

  /** Every document of the items, in order; failures go to {@code errors}. For tools that need all at once. */
  public static List<InputDocument> documents(List<Item> items, Consumer<IngestException> errors) {
    List<InputDocument> out = new ArrayList<>();
    for (Item item : items) {
      try {
        item.read(out::add, errors);
      } catch (IngestException e) {
        errors.accept(e);
      }
    }
    return out;
  }

  /** For tests: an item over bytes in memory. */
  public static Item of(String location, byte[] bytes) {
    return new StreamItem(location, new ByteArrayInputStream(bytes));
  }
}
