package org.sitrep.server;

import java.util.List;

/**
 * The front-end libraries and map data the dashboard loads, from the npm packages ./setup installs
 * into the cache (pinned in package.json): nothing comes from a CDN. Only these packages are served.
 */
final class Assets {
  static final List<String> PACKAGES = List.of("leaflet", "leaflet.markercluster", "uplot", "topojson-client",
      "world-atlas");

  private Assets() {
  }
}
