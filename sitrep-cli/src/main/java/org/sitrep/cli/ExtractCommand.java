package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.HtmlArticleExtractor;
import org.sitrep.ingest.InputDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: the article Sitrep extracts from one page, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the article extracted from an HTML page (also gzipped) or a text file as one JSON object.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAGE", description = "HTML file, .html.gz, or - for standard input.")
  String page;

  @Option(names = "--url", description = "The page's URL, for relative links and the record.")
  String url = "";

  @Override
  public Integer call() throws Exception {
    InputDocument doc = DocumentSource.first(page, System.in);
    if (!url.isEmpty()) {
      var h = doc.hints();
      doc = new InputDocument(doc.location(), doc.bytes(),
          new InputDocument.Hints(url, h.charset(), h.published(), h.source(), h.plainText()));
    }
    HtmlArticleExtractor.Extracted x = new ArticleReader().extract(doc);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("url", url.isEmpty() ? doc.hints().url() : url);
    out.put("title", x.title());
    out.put("published", x.published() == null ? null : x.published().toString());
    out.put("authors", x.authors());
    out.put("language", x.language().isEmpty() ? null : x.language());
    out.put("bodySource", x.bodySource().toString());
    out.put("body", String.join("\n\n", x.paragraphs()));
    out.put("captions", x.captions());
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    return 0;
  }
}
