package org.sitrep.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hot-spot map of a situation report as SVG: the H3 cells of the study area in an equirectangular
 * view of their extent (longitudes scaled by the cosine of the mean latitude, so hexagons keep their
 * shape), significant hot spots in red and cold spots in blue (both also hatched or outlined, so colour
 * is not the only carrier of meaning), the events as dots and each hot spot named by its nearest town.
 */
final class HotSpotMap {
  private static final int WIDTH = 720;
  private static final int PAD = 20;

  private HotSpotMap() {
  }

  /**
   * @param cells  the study area's cells, as {@link HotSpots#compute} returns them
   * @param points the events, {lat, lon}
   * @param names  a name for each named hot spot: name to {lat, lon}
   */
  static String svg(List<HotSpots.Cell> cells, List<double[]> points, Map<String, double[]> names) {
    if (cells.isEmpty()) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"60\" role=\"img\" "
          + "aria-label=\"Hot-spot map: no located events\"><text x=\"20\" y=\"35\" font-size=\"14\">No located events"
          + " in the period.</text></svg>\n";
    }
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    for (HotSpots.Cell c : cells) {
      for (double[] v : c.boundary()) {
        minLat = Math.min(minLat, v[0]);
        maxLat = Math.max(maxLat, v[0]);
        minLon = Math.min(minLon, v[1]);
        maxLon = Math.max(maxLon, v[1]);
      }
    }
    double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max(1e-6, (maxLon - minLon) * kx);
    double spanY = Math.max(1e-6, maxLat - minLat);
    double scale = (WIDTH - 2.0 * PAD) / spanX;
    int height = (int) Math.min(900, Math.max(120, spanY * scale + 2 * PAD));
    scale = Math.min(scale, (height - 2.0 * PAD) / spanY);
    Projection p = new Projection(minLon, maxLat, kx, scale);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Hot-spot map\">"
            + "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#c62828\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" "
            + "stroke-width=\"1.5\"/></pattern></defs><rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>", WIDTH, height));
    for (HotSpots.Cell c : cells) {
      String fill = c.isHot() ? "url(#hatch)" : c.category().startsWith("cold") ? "#1565c0" : c.events() > 0 ? "#e0e0e0" : "#f7f7f7";
      svg.append("<polygon points=\"");
      for (double[] v : c.boundary()) {
        svg.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(v[1]), p.y(v[0])));
      }
      svg.append(String.format(Locale.ROOT, "\" fill=\"%s\" stroke=\"#9e9e9e\" stroke-width=\"0.5\"><title>%s: %d events, %s"
          + " (Gi* z %.2f)</title></polygon>", fill, c.h3(), c.events(), c.category(), c.z()));
    }
    for (double[] pt : points) {
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.5\" fill=\"#212121\"/>", p.x(pt[1]), p.y(pt[0])));
    }
    names.forEach((name, at) -> svg.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-family=\"sans-serif\" stroke=\"white\" stroke-width=\"3\" "
            + "paint-order=\"stroke\">%s</text>", p.x(at[1]) + 6, p.y(at[0]) - 6, SituationReport.esc(name))));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-family=\"sans-serif\">Hatched red:"
        + " hot spot; blue: cold spot; grey: cells with events; dots: events.</text>", PAD, height - 5));
    return svg.append("</svg>\n").toString();
  }

  private record Projection(double west, double north, double kx, double scale) {
    double x(double lon) {
      return PAD + (lon - west) * kx * scale;
    }

    double y(double lat) {
      return PAD + (north - lat) * scale;
    }
  }
}
