package org.sitrep.server;

import io.javalin.http.Context;
import java.net.URI;

/**
 * The headers every page and answer carries: a strict Content-Security-Policy (scripts, styles, data
 * and frames from this origin only; images also from the tile server when one is set), no MIME
 * sniffing, no referrer, no framing by other sites.
 */
final class SecurityHeaders {
  private SecurityHeaders() {
  }

  static String contentSecurityPolicy(String tileUrl) {
    String img = tileUrl == null ? "'self' data:" : "'self' data: " + origin(tileUrl);
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img
        + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
        + " form-action 'self'";
  }

  static void apply(Context ctx, String contentSecurityPolicy) {
    ctx.header("Content-Security-Policy", contentSecurityPolicy);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /** The scheme, host and port of a tile URL template ({s}, {z}, {x}, {y} filled with any value). */
  private static String origin(String url) {
    URI u = URI.create(url.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
    return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
  }
}
