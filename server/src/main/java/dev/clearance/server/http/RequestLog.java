package dev.clearance.server.http;

import dev.clearance.server.route.EndpointTable;
import dev.clearance.server.route.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured log line per request ({@code key=value}): request id, method, matched route (never
 * query strings or bodies, which may hold pre-release names or secrets), status, duration and the
 * caller's user id. The request id is taken from {@code X-Request-Id} when it is a sane token, else
 * generated, and echoed in the response.
 */
public final class RequestLog {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  private static final Logger LOG = LoggerFactory.getLogger("dev.clearance.server.requests");

  private RequestLog() {}

  public static void install(JavalinConfig config) {
    config.routes.before(ctx -> ctx.header(REQUEST_ID_HEADER, requestId(ctx)));
    config.requestLogger.http(RequestLog::log);
  }

  private static String requestId(Context ctx) {
    String given = ctx.header(REQUEST_ID_HEADER);
    if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
      return given;
    }
    return UUID.randomUUID().toString();
  }

  private static void log(Context ctx, Float millis) {
    Principal caller = ctx.attribute(EndpointTable.CALLER_ATTRIBUTE);
    String route = ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
    LOG.info(
        "request id={} method={} route={} status={} ms={} user={}",
        ctx.res().getHeader(REQUEST_ID_HEADER),
        ctx.method(),
        route,
        ctx.status().getCode(),
        String.format(java.util.Locale.ROOT, "%.1f", millis),
        caller == null ? "-" : caller.userId().orElse("anonymous"));
  }
}
