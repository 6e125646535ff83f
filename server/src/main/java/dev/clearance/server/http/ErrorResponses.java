package dev.clearance.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one error body ({@link ApiError}) with a fitting status: expected
 * refusals ({@link ApiException}), Javalin's own responses (unknown route, body over the size
 * limit) and bugs, which are logged with an incident id that the body repeats. Requests for web
 * pages get the same facts as an HTML page from {@link ErrorPages}.
 */
public final class ErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  /** Installs the JSON error body for every request. */
  public static void install(JavalinConfig config) {
    install(config, ErrorPages.NONE);
  }

  /** Installs the JSON error body, or {@code pages} for the requests they handle. */
  public static void install(JavalinConfig config, ErrorPages pages) {
    config.routes.exception(
        ApiException.class, (e, ctx) -> respond(pages, ctx, e.status(), e.error()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (e.getStatus() == 404 && pages.handles(ctx)) {
            pages.notFound(ctx); // Javalin's answer for a path no route serves
          } else {
            respond(pages, ctx, e.getStatus(), fromJavalin(e.getStatus(), e.getMessage()));
          }
        });
    config.routes.exception(Exception.class, (e, ctx) -> internal(pages, e, ctx));
    config.routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            if (pages.handles(ctx)) {
              pages.notFound(ctx);
              return;
            }
            write(
                ctx,
                404,
                new ApiError(
                    "not_found",
                    "no such endpoint: " + ctx.method() + " " + ctx.path(),
                    Map.of(),
                    "The API is described at /openapi.json."));
          }
        });
    config.routes.error(
        405,
        "*",
        ctx ->
            respond(
                pages,
                ctx,
                405,
                new ApiError(
                    "method_not_allowed",
                    ctx.method() + " is not allowed on " + ctx.path(),
                    Map.of(),
                    "The API is described at /openapi.json.")));
  }

  private static void respond(ErrorPages pages, Context ctx, int status, ApiError error) {
    if (status == 413) {
      UnreadBodies.drain(ctx.req(), UnreadBodies.DRAIN_LIMIT);
    }
    if (pages.handles(ctx)) {
      pages.write(ctx, status, error);
    } else {
      write(ctx, status, error);
    }
  }

  /**
   * Writes {@code error} as the JSON body with {@code status}. A 413 also says {@code Connection:
   * close}: the server answers before reading the rest of the body and then closes the connection,
   * and a client that is not told may send its next request on it and get no answer (RFC 9112
   * §9.6).
   */
  public static void write(Context ctx, int status, ApiError error) {
    ctx.status(status);
    if (status == 413) {
      ctx.header("Connection", "close");
    }
    ctx.json(error);
  }

  private static ApiError fromJavalin(int status, String message) {
    return switch (status) {
      case 413 ->
          new ApiError(
              "too_large",
              "the request body is larger than the server accepts",
              Map.of(),
              "Send a smaller body; uploads go to the upload endpoints, which take larger files.");
      case 404 ->
          new ApiError("not_found", message, Map.of(), "The API is described at /openapi.json.");
      case 400 -> new ApiError("bad_request", message, Map.of(), "Fix the request and retry.");
      default -> new ApiError("http_" + status, message, Map.of(), "");
    };
  }

  private static void internal(ErrorPages pages, Exception e, Context ctx) {
    String incident = UUID.randomUUID().toString();
    LOG.error(
        "internal error incident={} method={} path={}", incident, ctx.method(), ctx.path(), e);
    respond(
        pages,
        ctx,
        500,
        new ApiError(
            "internal_error",
            "the server failed to handle this request (incident " + incident + ")",
            Map.of("incident", incident),
            "Retry later; if it persists, report the incident id to the registry's operator."));
  }
}
