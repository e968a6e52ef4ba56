package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.domain.Article;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.InputDocument;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.nlp.PlaceMention;
import org.sitrep.pipeline.Knowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep places}: the place names found in one report and how each was resolved. */
@Command(name = "places", mixinStandardHelpOptions = true,
    description = {"Print one JSON object per place name recognised in a report, its body and its captions:",
        "\"part\" says which; start and end are offsets into that part as extracted; file_start and file_end",
        "into the file's decoded text, where the passage appears there verbatim (null where it does not)."})
final class PlacesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "HTML or text file, or - for standard input.")
  String input;

  @Mixin
  ReadDefaults defaults;

  @Mixin
  KnowledgeOptions knowledge;

  @Override
  public Integer call() throws Exception {
    InputDocument doc = DocumentSource.first(input, System.in);
    Article article = new ArticleReader().read(doc, defaults.options(), false);
    String fileText = ArticleReader.decodedText(doc);
    Knowledge k = knowledge.load();
    var recognise = org.sitrep.pipeline.EventPipeline.places(k);
    List<String> parts = new java.util.ArrayList<>(List.of(article.body()));
    parts.addAll(article.captions());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String partName = i == 0 ? "body" : "caption " + i;
      Article piece = i == 0 ? article : new Article(article.id() + "#caption" + i, article.source(), article.location(),
          article.title(), article.published(), part, List.of());
      AnnotatedArticle a = recognise.apply(new AnnotatedArticle(piece, NlpPipeline.shared().annotate(part, article.published())));
      for (PlaceMention m : a.places()) {
        Map<String, Object> row = span(partName, m.text(), m.start(), m.end(), part, fileText);
        row.put("name", m.place().name());
        row.put("geonameid", m.place().gazetteerId().startsWith("geonames:") ? m.place().gazetteerId().substring(9) : null);
        row.put("gazetteer_id", m.place().gazetteerId());
        row.put("lat", m.place().latitude());
        row.put("lon", m.place().longitude());
        row.put("country", m.place().country());
        row.put("admin1", m.place().admin1());
        row.put("precision", m.place().precision().name().toLowerCase());
        row.put("score", Math.round(m.score() * 1000) / 1000.0);
        if (m.embedded()) {
          row.put("embedded", true); // part of an organisation's name: whose, not where
        }
        System.out.println(json.writeValueAsString(row));
      }
      for (AnnotatedArticle.UnresolvedPlace u : a.unresolved()) {
        Map<String, Object> row = span(partName, u.text(), u.start(), u.end(), part, fileText);
        row.put("resolved", false);
        if (u.storyArea() != null) {
          // where the story happens: a hint for a reader, not a place the gazetteer gave this name
          Map<String, Object> area = new LinkedHashMap<>();
          area.put("name", u.storyArea().name());
          area.put("gazetteer_id", u.storyArea().gazetteerId());
          area.put("lat", u.storyArea().latitude());
          area.put("lon", u.storyArea().longitude());
          area.put("precision", u.storyArea().precision().name().toLowerCase());
          row.put("story_area", area);
        }
        System.out.println(json.writeValueAsString(row));
      }
    }
    return 0;
  }

  /**
   * The mention's text and offsets, in its part and, where its paragraph appears verbatim in the file's
   * text (plain text always; HTML where no markup or entity interrupts it), in the file.
   */
  private static Map<String, Object> span(String part, String text, int start, int end, String partText, String fileText) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("text", text);
    row.put("part", part);
    row.put("start", start);
    row.put("end", end);
    org.sitrep.domain.Paragraph p = org.sitrep.domain.Paragraph.around(partText, start, end);
    int paragraphStart = p.start();
    int at = fileText.indexOf(p.of(partText));
    row.put("file_start", at < 0 ? null : at + start - paragraphStart);
    row.put("file_end", at < 0 ? null : at + end - paragraphStart);
    return row;
  }
}
