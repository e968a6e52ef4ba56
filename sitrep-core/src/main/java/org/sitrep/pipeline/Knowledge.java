package org.sitrep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.coding.ActorRegistry;
import org.sitrep.coding.EventLexicon;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoData;
import org.sitrep.geo.Regions;

/**
 * The data the pipeline codes with: actor registry, event lexicon, regions and the gazetteer (with the
 * regions added). Bundled files first, then the user's own.
 */
public record Knowledge(ActorRegistry actors, EventLexicon lexicon, Regions regions, Gazetteer gazetteer) {

  /** User files to read after the bundled ones. */
  public record UserFiles(List<Path> actors, List<Path> lexicon, List<Path> regions) {
    public static final UserFiles NONE = new UserFiles(List.of(), List.of(), List.of());
  }

  /** Bundled and user knowledge with the cached GeoNames gazetteer (built on first use). */
  public static Knowledge load(UserFiles files) throws IOException {
    return withGazetteer(GeoData.loadOrBuild(), files);
  }

  /** Bundled and user knowledge over a given gazetteer (tests pass a small one). */
  public static Knowledge withGazetteer(Gazetteer base, UserFiles files) {
    Regions regions = Regions.load(files.regions());
    return new Knowledge(ActorRegistry.load(files.actors()), EventLexicon.load(files.lexicon()), regions,
        GeoData.withRegions(base, regions));
  }
}
