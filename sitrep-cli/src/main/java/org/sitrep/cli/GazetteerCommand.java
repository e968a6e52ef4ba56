package org.sitrep.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerBuilder;
import org.sitrep.geo.GeoData;
import picocli.CommandLine.Command;

/** {@code sitrep gazetteer}: build the GeoNames index once and report on it. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = {"Build the gazetteer index from the GeoNames npm packages that ./setup installed,",
        "and report build time, size on disk and load time."})
final class GazetteerCommand implements Callable<Integer> {
  @picocli.CommandLine.Option(names = "--rebuild", description = "Build even if a cached index exists.")
  boolean rebuild;

  @Override
  public Integer call() throws Exception {
    var index = GeoData.indexFile();
    if (rebuild || !Files.isRegularFile(index)) {
      long t0 = System.nanoTime();
      Gazetteer built = GazetteerBuilder.fromNpmPackages(GeoData.nodeModules());
      built.save(index);
      System.out.printf("built %s: %d entries in %.1f s%n", index, built.size(), (System.nanoTime() - t0) / 1e9);
    }
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.load(index);
    System.out.printf("index %s: %d entries, %.1f MB on disk, loaded in %.2f s%n", index, g.size(),
        Files.size(index) / 1e6, (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
