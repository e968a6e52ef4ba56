package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.coding.ActorRecognizer;
import org.sitrep.domain.Article;
import org.sitrep.geo.PlaceRecognizer;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.pipeline.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep places}: the place names found in one report and how each was resolved. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = "Print one JSON object per place name recognised in a report (offsets are into the extracted body).")
final class PlacesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "HTML or text file, or - for standard input.")
  String input;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date if the document has none.")
  LocalDate published;

  @Mixin
  KnowledgeOptions knowledge;

  @Override
  public Integer call() throws Exception {
    var docs = DocumentSource.documents(DocumentSource.expand(List.of(input), System.in), e -> {
      throw new IllegalArgumentException(e.getMessage());
    });
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(input + ": no document to read");
    }
    Article article = new ArticleReader().read(docs.get(0), new ReadOptions(published, null));
    Knowledge k = knowledge.load();
    AnnotatedArticle a = new AnnotatedArticle(article, NlpPipeline.shared().annotate(article.body(), article.published()));
    a = new ActorRecognizer(k.actors()).then(new PlaceRecognizer(k.gazetteer(), k.regions())).apply(a);
    ObjectMapper json = new ObjectMapper();
    for (PlaceMention m : a.places()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("text", m.text());
      row.put("start", m.start());
      row.put("end", m.end());
      row.put("name", m.place().name());
      row.put("geonameid", m.place().gazetteerId().startsWith("geonames:") ? m.place().gazetteerId().substring(9) : null);
      row.put("gazetteer_id", m.place().gazetteerId());
      row.put("lat", m.place().latitude());
      row.put("lon", m.place().longitude());
      row.put("country", m.place().country());
      row.put("admin1", m.place().admin1());
      row.put("precision", m.place().precision().name().toLowerCase());
      row.put("score", Math.round(m.score() * 1000) / 1000.0);
      System.out.println(json.writeValueAsString(row));
    }
    for (AnnotatedArticle.UnresolvedPlace u : a.unresolved()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("text", u.text());
      row.put("start", u.start());
      row.put("end", u.end());
      row.put("resolved", false);
      System.out.println(json.writeValueAsString(row));
    }
    return 0;
  }
}
