package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.sitrep.ingest.HtmlArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: the article Sitrep extracts from one page, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the article extracted from an HTML page (also gzipped) as one JSON object.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAGE", description = "HTML file, .html.gz, or - for standard input.")
  String page;

  @Option(names = "--url", description = "The page's URL, for relative links and the record.")
  String url = "";

  @Override
  public Integer call() throws Exception {
    byte[] bytes = page.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(page));
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    var doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
    HtmlArticleExtractor.Extracted x = new HtmlArticleExtractor().extract(doc);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", url.isEmpty() ? null : url);
    out.put("title", x.title());
    out.put("published", x.published() == null ? null : x.published().toString());
    out.put("authors", x.authors());
    out.put("language", x.language().isEmpty() ? null : x.language());
    out.put("body", String.join("\n\n", x.paragraphs()));
    out.put("captions", x.captions());
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    return 0;
  }
}
