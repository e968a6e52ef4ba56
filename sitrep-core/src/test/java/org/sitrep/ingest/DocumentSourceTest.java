package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.domain.Article;

/** Inputs of every kind, good and hostile, read through the real parsers. */
class DocumentSourceTest {
  private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2020, 5, 7), null);

  private record Outcome(List<InputDocument> docs, List<IngestException> errors) {
  }

  private static Outcome read(Path file) {
    List<InputDocument> docs = new ArrayList<>();
    List<IngestException> errors = new ArrayList<>();
    for (DocumentSource.Item item : DocumentSource.expand(List.of(file.toString()), System.in)) {
      try {
        item.read(docs::add, errors::add);
      } catch (IngestException e) {
        errors.add(e);
      }
    }
    return new Outcome(docs, errors);
  }

  private static byte[] warc(int pages) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out))) {
      for (int i = 1; i <= pages; i++) {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2020-05-0" + i + "\"></head>"
            + "<body><article><p>Report number " + i + ": forces raided a village near the river and detained "
            + "two men.</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new WarcResponse.Builder(URI.create("https://news.example/story-" + i))
            .date(Instant.parse("2020-05-08T00:00:00Z")).body(http).build());
      }
    }
    return out.toByteArray();
  }

  @Test
  void warcResponsesBecomeArticlesWithTheirUrls(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("crawl.warc");
    Files.write(file, warc(3));
    Outcome o = read(file);
    assertThat(o.errors()).isEmpty();
    assertThat(o.docs()).hasSize(3);
    Article a = new ArticleReader().read(o.docs().get(1), OPTIONS);
    assertThat(a.location()).isEqualTo("https://news.example/story-2");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 2));
    assertThat(a.body()).startsWith("Report number 2");
  }

  @Test
  void truncatedWarcKeepsTheRecordsBeforeTheCutAndNamesTheOffset(@TempDir Path dir) throws Exception {
    byte[] whole = warc(3);
    Path file = dir.resolve("cut.warc");
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 120));
    Outcome o = read(file);
    assertThat(o.docs()).hasSize(2);
    assertThat(o.errors()).hasSize(1);
    assertThat(o.errors().get(0).getMessage()).startsWith(file.toString()).contains("byte offset")
        .contains("the input ending at byte " + (whole.length - 120)); // where it was cut, not only its record's start
  }

  @Test
  void feedWithAnExternalEntityIsRefusedWithoutReadingTheEntity(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    Path feed = dir.resolve("hostile.rss");
    Files.writeString(feed, """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss version="2.0"><channel><title>T</title>
        <item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
        """.formatted(secret.toUri()));
    Outcome o = read(feed);
    assertThat(o.docs()).isEmpty();
    assertThat(o.errors()).singleElement().satisfies(e -> {
      assertThat(e.getMessage()).startsWith(feed.toString()).doesNotContain("TOP-SECRET");
      assertThat(e.problem()).isEqualTo(IngestException.Problem.MALFORMED);
    });
  }

  @Test
  void feedItemsBecomeDocumentsWithLinkDateAndSource(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("news.xml");
    Files.writeString(feed, """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Example News</title>
        <item><title>Raid</title><link>https://news.example/raid</link><pubDate>Wed, 06 May 2020 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Forces raided a village near the river and detained two men.&lt;/p&gt;</description></item>
        </channel></rss>
        """);
    Outcome o = read(feed);
    assertThat(o.errors()).isEmpty();
    Article a = new ArticleReader().read(o.docs().get(0), ReadOptions.NONE);
    assertThat(a.location()).isEqualTo("https://news.example/raid");
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 6));
    assertThat(a.body()).isEqualTo("Forces raided a village near the river and detained two men.");
  }

  @Test
  void jsonLinesReadEachLineAndReportTheBadOneByLineNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pages.jsonl");
    Files.writeString(file, """
        {"url": "https://a.example/1", "text": "Forces raided a village near the river.", "published": "2020-05-06", "source": "A"}
        {"url": "https://a.example/2", "html": "<p>broken
        {"url": "https://a.example/3", "html": "<html><body><p>Militants attacked a checkpoint at dawn.</p></body></html>"}
        """);
    Outcome o = read(file);
    assertThat(o.docs()).hasSize(2);
    assertThat(o.errors()).singleElement().satisfies(e -> assertThat(e.getMessage()).startsWith(file + ":2:"));
    Article first = new ArticleReader().read(o.docs().get(0), ReadOptions.NONE);
    assertThat(first.published()).isEqualTo(LocalDate.of(2020, 5, 6));
    assertThat(first.source()).isEqualTo("A");
  }

  @Test
  void aGzippedJsonLineThatExpandsPastTheLimitIsOneErrorAndTheNextLineIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bomb.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      out.write("{\"text\": \"".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written <= JsonLinesDocuments.MAX_LINE_CHARS; written += block.length) {
        out.write(block); // a few hundred kilobytes on disk, tens of megabytes on one line
      }
      out.write("\"}\n{\"text\": \"Forces raided a village near the river.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Outcome o = read(file);
    assertThat(o.errors()).singleElement().satisfies(e -> {
      assertThat(e.problem()).isEqualTo(IngestException.Problem.TOO_LARGE);
      assertThat(e.getMessage()).startsWith(file + ":1:");
    });
    assertThat(o.docs()).singleElement().satisfies(d -> assertThat(d.location()).isEqualTo(file + ":2"));
  }

  @Test
  void gzippedPagesAreRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("page.html.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("<html><body><p>Forces raided a village near the river.</p></body></html>".getBytes(StandardCharsets.UTF_8));
    }
    Article a = new ArticleReader().read(read(file).docs().get(0), OPTIONS);
    assertThat(a.body()).isEqualTo("Forces raided a village near the river.");
  }

  @Test
  void arabicPageInWindows1256IsDecodedByItsMetaCharset(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("arabic.html");
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head>"
        + "<body><p>قوات سوريا الديمقراطية تعتقل خلية في هجين</p></body></html>";
    Files.write(file, html.getBytes(Charset.forName("windows-1256")));
    Article a = new ArticleReader().read(read(file).docs().get(0), OPTIONS);
    assertThat(a.body()).isEqualTo("قوات سوريا الديمقراطية تعتقل خلية في هجين");
  }

  @Test
  void hugeSingleLineFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(200L << 20);
    }
    Outcome o = read(file);
    assertThat(o.docs()).isEmpty();
    assertThat(o.errors()).singleElement().satisfies(e -> assertThat(e.problem()).isEqualTo(IngestException.Problem.TOO_LARGE));
  }

  @Test
  void binaryFileNamedHtmlIsRefusedAsBinary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("page.html");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(file, bytes);
    Outcome o = read(file);
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(
        () -> new ArticleReader().read(o.docs().get(0), OPTIONS), IngestException.class);
    assertThat(e.problem()).isEqualTo(IngestException.Problem.BINARY);
    assertThat(e.getMessage()).startsWith(file.toString());
  }

  @Test
  void feedUrlIsFetchedAndItsItemsRead() throws Exception {
    var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    byte[] feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>
        <item><title>Raid</title><link>http://127.0.0.1/raid</link><pubDate>Wed, 06 May 2020 10:00:00 GMT</pubDate>
        <description>Forces raided a village near the river and detained two men.</description></item>
        </channel></rss>""".getBytes(StandardCharsets.UTF_8);
    server.createContext("/feed.xml", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, feed.length);
      exchange.getResponseBody().write(feed);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
      List<InputDocument> docs = new ArrayList<>();
      List<IngestException> errors = new ArrayList<>();
      DocumentSource.expand(List.of(url), System.in).get(0).read(docs::add, errors::add);
      assertThat(errors).isEmpty();
      Article a = new ArticleReader().read(docs.get(0), ReadOptions.NONE);
      assertThat(a.source()).isEqualTo("Local Feed");
      assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 6));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreachableUrlIsOneErrorNamingIt() {
    var item = DocumentSource.expand(List.of("http://127.0.0.1:9/none.xml"), System.in).get(0);
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> item.read(d -> { }, x -> { }), IngestException.class);
    assertThat(e.getMessage()).startsWith("http://127.0.0.1:9/none.xml");
  }
}
