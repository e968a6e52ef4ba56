package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoData;
import org.sitrep.nlp.NlpPipeline;
import org.sitrep.pipeline.EventPipeline;
import org.sitrep.pipeline.Knowledge;
import org.sitrep.server.ApiToken;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the REST API and the dashboard. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the dashboard at http://HOST:PORT/ and the REST API under /api (OpenAPI at",
        "/api/openapi.json, Swagger UI at /api/docs). Binds to 127.0.0.1 unless --host and --allow-remote say",
        "otherwise. Writes (POST /api/documents) need the bearer token in the token file, made at first start."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8787", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--allow-remote", description = "Allow a non-loopback --host.")
  boolean allowRemote;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Bearer token for writes (default: $SITREP_CONFIG/token or ~/.config/sitrep/token; made 0600).")
  Path tokenFile;

  @Option(names = "--tile-url", paramLabel = "URL",
      description = "Map tiles, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: none; outlines only, offline).")
  String tileUrl;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = {"Serve a Parquet export (sitrep-spark's output folder): loaded into --db, else into a",
          "temporary database; loading again adds nothing."})
  Path parquet;

  @Mixin
  KnowledgeOptions knowledge;

  @Mixin
  DbOption db;

  @Override
  public Integer call() throws Exception {
    Path tokenPath = tokenFile != null ? tokenFile : ApiToken.defaultFile();
    ApiToken token = ApiToken.loadOrCreate(tokenPath);
    Gazetteer gazetteer = GeoData.loadOrBuild();
    Path file = db.db != null || parquet == null ? db.resolve()
        : java.nio.file.Files.createTempDirectory("sitrep-parquet").resolve("served.duckdb");
    EventStore store = EventStore.open(file);
    if (parquet != null) {
      long added = store.importParquet(parquet);
      System.out.printf("loaded %s: %d events added (%d in all)%n", parquet, added, store.countEvents());
    }
    SitrepServer.Config config = new SitrepServer.Config(host, port, allowRemote, token, GeoData.nodeModules(), tileUrl,
        () -> {
          try {
            Knowledge k = knowledge.load();
            return EventPipeline.assemble(NlpPipeline.shared(), k);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }, gazetteer.nearestTown()).withAreas(AdminAreas.inSetupCache(gazetteer));
    SitrepServer server = SitrepServer.start(store, config);
    System.out.printf("serving %s on http://%s:%d/ (API: /api, docs: /api/docs); token for writes in %s%n",
        store.file(), host, server.port(), tokenPath);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        store.close();
      } catch (java.sql.SQLException e) {
        // exiting
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
