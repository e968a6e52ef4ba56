package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.ingest.ExtractionSettings;
import org.sitrep.ingest.HtmlArticleExtractor;

/**
 * The article-extraction benchmark run: its pages with their true bodies, an extractor scored over
 * them ({@link ExtractionEvaluation}'s metric), the pages an extractor fails, and how Sitrep's
 * thresholds generalise when each site's pages are scored with the settings chosen on the others.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {
  }

  /** A page: its id, URL, decoded HTML and true body ("" when the page holds no article). */
  public record Page(String id, String url, String html, String truth) {
    public Document parse() {
      return Jsoup.parse(html, url);
    }

    /** The page's site: its host without "www.". */
    public String site() {
      try {
        String host = URI.create(url).getHost();
        return host == null ? url : host.replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        return url;
      }
    }
  }

  /** An extractor under test: page → body text. */
  public interface Extractor {
    String body(Document page, String html, String url) throws Exception;
  }

  /** An extractor's scores, page by page in the pages' order, and its speed. */
  public record Run(List<ExtractionEvaluation.PageScore> pages, ExtractionEvaluation.Score total, double pagesPerSecond) {
  }

  /**
   * The benchmark's pages: {@code ID.html.gz} files in {@code html}, read and decoded once (charset
   * from BOM, meta tag or detection, as jsoup does), with {@code truth}'s {ID: {articleBody, url}}; by id.
   */
  public static List<Page> pages(Path html, Path truth) throws IOException {
    JsonNode truthJson = new ObjectMapper().readTree(truth.toFile());
    List<String> ids = new ArrayList<>();
    truthJson.fieldNames().forEachRemaining(ids::add);
    Collections.sort(ids);
    List<Page> pages = new ArrayList<>();
    for (String id : ids) {
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html.resolve(id + ".html.gz")))) {
        bytes = in.readAllBytes();
      }
      String url = truthJson.path(id).path("url").asText("");
      String decoded = Jsoup.parse(new ByteArrayInputStream(bytes), null, url).outerHtml();
      pages.add(new Page(id, url, decoded, truthJson.path(id).path("articleBody").asText("")));
    }
    return pages;
  }

  /** Scores an extractor on every page; a page it fails on (an exception, a stack overflow) scores as empty. */
  public static Run run(List<Page> pages, Extractor extractor) {
    List<ExtractionEvaluation.PageScore> scores = new ArrayList<>();
    long nanos = 0;
    for (Page p : pages) {
      String predicted;
      long t0 = System.nanoTime();
      try {
        predicted = extractor.body(p.parse(), p.html(), p.url());
      } catch (Exception | StackOverflowError e) {
        predicted = "";
      }
      nanos += System.nanoTime() - t0;
      scores.add(ExtractionEvaluation.score(p.truth(), predicted));
    }
    return new Run(scores, ExtractionEvaluation.aggregate(scores), pages.size() / (nanos / 1e9));
  }

  /** A page and its F1. */
  public record PageF1(Page page, double f1) {
  }

  /** The pages holding an article that scored below {@code minF1}, in the pages' order. */
  public static List<PageF1> below(List<Page> pages, Run run, double minF1) {
    List<PageF1> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      ExtractionEvaluation.PageScore s = run.pages().get(i);
      double f1 = s.tp() == 0 ? 0 : 2 * s.tp() / (2 * s.tp() + s.fp() + s.fn());
      if (!pages.get(i).truth().isBlank() && f1 < minF1) {
        out.add(new PageF1(pages.get(i), f1));
      }
    }
    return out;
  }

  /** Leave-sites-out over Sitrep's threshold settings (the defaults, then each one changed alone). */
  public record SitesOut(List<ExtractionSettings> candidates, List<ExtractionEvaluation.Score> onAllPages,
                         ExtractionEvaluation.LeaveSitesOut result, int sites) {
    /** The pages' scores under the settings chosen for their site, together. */
    public ExtractionEvaluation.Score total() {
      return ExtractionEvaluation.aggregate(result.pages());
    }
  }

  /** See {@link ExtractionEvaluation#leaveSitesOut}. */
  public static SitesOut leaveSitesOut(List<Page> pages) {
    List<ExtractionSettings> candidates = ExtractionSettings.DEFAULT.oneAtATime();
    List<List<ExtractionEvaluation.PageScore>> bySetting = new ArrayList<>();
    for (ExtractionSettings settings : candidates) {
      HtmlArticleExtractor extractor = new HtmlArticleExtractor(settings);
      bySetting.add(pages.parallelStream().map(p -> ExtractionEvaluation.score(p.truth(),
          String.join("\n\n", extractor.extract(p.parse()).paragraphs()))).toList());
    }
    List<String> sites = pages.stream().map(Page::site).toList();
    ExtractionEvaluation.LeaveSitesOut out = ExtractionEvaluation.leaveSitesOut(bySetting, sites);
    return new SitesOut(candidates, bySetting.stream().map(ExtractionEvaluation::aggregate).toList(), out,
        new java.util.HashSet<>(sites).size());
  }
}
