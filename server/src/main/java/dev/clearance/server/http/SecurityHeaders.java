package dev.clearance.server.http;

import io.javalin.config.JavalinConfig;

/**
 * Headers every response carries (docs/decisions/007-web-pages.md): a strict
 * Content-Security-Policy (scripts, styles, images and requests from this origin only, no inline
 * script or style, no framing), no referrer to other sites, no MIME sniffing, and {@code no-store}:
 * API answers and pages may hold pre-release material. Static assets replace the cache header with
 * their own.
 */
public final class SecurityHeaders {

  /** The page policy; it needs no exception because no page has inline script or style. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void install(JavalinConfig config) {
    config.routes.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Cache-Control", "no-store");
          ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          ctx.header("Referrer-Policy", "same-origin");
          ctx.header("X-Frame-Options", "DENY");
        });
  }
}
