package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.analysis.SituationReport;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoData;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep report}: a situation report for a region and period, in Markdown and HTML. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a situation report (report.md, report.html, chart.svg, map.svg) for a period: headline",
        "figures, comparisons with the previous period, the year before and earlier years, surges, hot spots with",
        "a map, main actors, notable events with their sources and sentences."})
final class SituationReportCommand extends StoreReadCommand {
  @Mixin
  PeriodOptions period;

  @Option(names = "--region", paramLabel = "NAME",
      description = {"The region reported on: a country code (SY) or a first-level division (\"Deir ez-Zor\"),",
          "unless --country or --admin1 say it; it names the report either way (default: all regions)."})
  String region;

  @Option(names = "--out", defaultValue = "report", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  int read(EventStore store) throws Exception {
    Gazetteer gazetteer = GeoData.loadOrBuild();
    if (region != null && query.country == null && query.admin1 == null) {
      if (region.matches("[A-Za-z]{2}")) {
        query.country = region.toUpperCase(java.util.Locale.ROOT);
      } else {
        query.admin1 = region;
      }
    }
    String name = region != null && !region.matches("[A-Za-z]{2}") ? region
        : SituationReport.regionName(query.filter(null, null));
    SituationReport report = SituationReport.build(store, query.filter(null, null), name, period.from, period.to,
        gazetteer.nearestTown());
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.md"), report.markdown());
    Files.writeString(out.resolve("report.html"), report.html());
    Files.writeString(out.resolve("chart.svg"), report.chartSvg());
    Files.writeString(out.resolve("map.svg"), report.mapSvg());
    System.out.println(report.markdown());
    System.out.println("written: " + out.resolve("report.md") + ", " + out.resolve("report.html") + ", "
        + out.resolve("chart.svg") + ", " + out.resolve("map.svg"));
    return 0;
  }
}
