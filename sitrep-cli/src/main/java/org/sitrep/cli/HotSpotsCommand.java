package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sitrep.analysis.EmergingHotSpots;
import org.sitrep.analysis.HotSpots;
import org.sitrep.export.HotSpotsGeoJson;
import org.sitrep.geo.GeoData;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep hotspots}: Getis-Ord Gi* hot and cold spots on the H3 grid, as GeoJSON. */
@Command(name = "hotspots", mixinStandardHelpOptions = true,
    description = {"Hot and cold spots of events: Gi* z-scores on H3 cells with a k-ring neighbourhood,",
        "Benjamini-Hochberg corrected, as a GeoJSON FeatureCollection; significant cells are named by the",
        "nearest town of 1,000 people or more. With --emerging: Gi* in each time slice (--interval) and each",
        "cell's emerging-hot-spot category (new, consecutive, intensifying, persistent, diminishing, sporadic,",
        "oscillating, historical, and the cold-spot mirrors), with the Mann-Kendall trend of its z-scores."})
final class HotSpotsCommand extends StoreReadCommand {
  @Option(names = "--resolution", defaultValue = "6", description = "H3 resolution, 0-15 (default: ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--rings", defaultValue = "1", description = "Neighbourhood radius in rings (default: ${DEFAULT-VALUE}).")
  int rings;

  @Mixin
  DateRangeOptions dates;

  @Option(names = "--all-cells", description = "Also list cells that are not significant (or with no pattern).")
  boolean allCells;

  @Option(names = "--emerging", description = "Emerging hot spots over time slices (needs --from and --to).")
  boolean emerging;

  @Option(names = "--interval", defaultValue = "MONTH", description = "Time slice for --emerging: WEEK, MONTH or YEAR"
      + " (default: ${DEFAULT-VALUE}).")
  EventStore.Interval interval;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  void checkOptions() {
    if (emerging && (dates.from == null || dates.to == null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--emerging needs --from and --to");
    }
  }

  @Override
  int read(EventStore store) throws Exception {
    ObjectNode collection;
    if (emerging) {
      EmergingHotSpots.Result result = EmergingHotSpots.compute(store.located(query.filter(dates.from, dates.to)),
          dates.from, dates.to, interval, resolution, rings);
      collection = HotSpotsGeoJson.emerging(result, allCells, GeoData.loadOrBuild().nearestTown());
    } else {
      List<HotSpots.Cell> cells = HotSpots.compute(store.points(query.filter(dates.from, dates.to)), resolution, rings);
      collection = HotSpotsGeoJson.of(cells, allCells, GeoData.loadOrBuild().nearestTown());
    }
    System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(collection));
    return 0;
  }
}
