package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse.Builder;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.geo.TestGazetteer;
import org.sitrep.ingest.DocumentSource;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.IngestJob;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.server.ApiToken;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;

/**
 * The Spark job in local[2] against {@code sitrep ingest} on the same WARC, with the real CoreNLP,
 * gazetteer builder, DuckDB and HTTP server: the same events, reports and articles, and the Parquet
 * served by {@code sitrep serve}.
 */
class SparkIngestTest {
  @TempDir
  static Path dir;
  private static SparkSession spark;

  /** Reports of distinct events, one event told by two outlets, and a page with no event. */
  private static final String[][] PAGES = {
      {"https://wire.example/1", "2020-05-07", "SDF fighters arrested three members of an IS cell in Hajin on May 1, the SDF said."},
      {"https://wire.example/2", "2020-05-05", "A roadside bomb killed two SDF fighters near Busayrah on Monday, a local monitor said."},
      {"https://daily.example/3", "2020-05-05", "Two SDF fighters were killed on Monday when a roadside bomb exploded near Busayrah."},
      {"https://wire.example/4", "2020-04-20", "Islamic State militants attacked a checkpoint in Tadmur on Saturday, killing four soldiers."},
      {"https://wire.example/5", "2020-04-22", "Syrian government forces shelled villages near Idlib on Tuesday."},
      {"https://wire.example/6", "2020-05-02", "The city council of Homs opened a new library on Friday."},
  };

  @BeforeAll
  static void start() throws Exception {
    // one gazetteer for both paths: the fixture packages, indexed by the real builder into this cache
    TestGazetteer.writePackages(dir.resolve("cache/npm/node_modules"));
    System.setProperty("sitrep.cache", dir.resolve("cache").toString());
    spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
    System.clearProperty("sitrep.cache");
  }

  private static Path writeWarc(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    try (WarcWriter warc = new WarcWriter(file)) {
      for (String[] p : PAGES) {
        String html = "<html><head><title>Report</title><meta property=\"article:published_time\" content=\"" + p[1]
            + "T09:00:00Z\"></head><body><article><h1>Report</h1><p>" + p[2] + "</p></article></body></html>";
        var http = new Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
            html.getBytes(StandardCharsets.UTF_8)).build();
        warc.write(new WarcResponse.Builder(URI.create(p[0])).date(Instant.parse(p[1] + "T12:00:00Z")).body(http).build());
      }
    }
    return file;
  }

  @Test
  void sparkOnLocal2CodesTheSameEventsAsIngestAndItsParquetIsServed() throws Exception {
    Path warc = writeWarc(dir.resolve("in/test-articles.warc"));

    Path ingested = dir.resolve("ingest.duckdb");
    try (EventStore store = EventStore.open(ingested)) {
      IngestJob job = new IngestJob(EventPipeline.assemble(NlpPipeline.shared(), Knowledge.load(Knowledge.UserFiles.NONE)),
          store);
      job.run(DocumentSource.expand(List.of(warc.toString()), System.in), new ReadOptions(LocalDate.of(2020, 5, 7), null),
          new IngestJob.Listener() {
            public void failed(org.sitrep.ingest.IngestException e) {
              throw new AssertionError(e);
            }

            public void done(int index, int total, String location, IngestJob.Outcome outcome, int events) {
            }
          });
    }

    Path out = dir.resolve("parquet");
    SparkIngest.Summary s = SparkIngest.run(spark, new SparkIngest.Options(warc.getParent().toString(), out.toString(),
        LocalDate.of(2020, 5, 7), 2));
    assertThat(s.errors()).isEmpty();
    assertThat(s.documents()).isEqualTo(PAGES.length);
    assertThat(Files.list(out.resolve("events")).map(p -> p.getFileName().toString()))
        .as("partitioned by month").contains("month=2020-05", "month=2020-04");

    Path served = dir.resolve("served.duckdb");
    try (EventStore store = EventStore.open(served)) {
      assertThat(store.importParquet(out)).isPositive();
      assertThat(store.importParquet(out)).as("loading again adds nothing").isZero();
    }

    List<String> events = rows(ingested, "SELECT * FROM events ORDER BY id");
    assertThat(events).as("events coded").hasSizeGreaterThanOrEqualTo(4);
    assertThat(rows(served, "SELECT * FROM events ORDER BY id")).isEqualTo(events);
    List<String> merged = rows(ingested, "SELECT * FROM merged_reports ORDER BY id");
    assertThat(merged).as("the second outlet's report of the Busayrah bombing joins the first").isNotEmpty();
    assertThat(rows(served, "SELECT * FROM merged_reports ORDER BY id")).isEqualTo(merged);
    assertThat(rows(served, "SELECT * FROM event_reports ORDER BY report_id"))
        .isEqualTo(rows(ingested, "SELECT * FROM event_reports ORDER BY report_id"));
    String articleColumns = "SELECT id, source, location, title, published, body, captions, simhash, story_id FROM articles"
        + " ORDER BY id";
    assertThat(rows(served, articleColumns)).hasSize(PAGES.length).isEqualTo(rows(ingested, articleColumns));

    try (EventStore store = EventStore.open(served)) {
      SitrepServer server = SitrepServer.start(store, new SitrepServer.Config("127.0.0.1", 0, false,
          ApiToken.loadOrCreate(dir.resolve("token")), null, null, () -> {
            throw new AssertionError("nothing is posted");
          }, (lat, lon) -> Optional.empty()));
      try {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/events?limit=100")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(r.body());
        List<String> ids = new ArrayList<>();
        body.path("events").forEach(e -> ids.add(e.path("event_id").asText()));
        assertThat(body.path("total").asLong()).isEqualTo(events.size());
        assertThat(ids).as(r.body()).hasSize(events.size());
      } finally {
        server.close();
      }
    }
  }

  private static List<String> rows(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
         ResultSet rs = c.createStatement().executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(" | ");
        }
        out.add(row.toString());
      }
    }
    return out;
  }
}
