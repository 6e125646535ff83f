package dev.clearance.server.system;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ErrorResponses;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Liveness, readiness and the OpenAPI document. */
public final class SystemEndpoints {

  private SystemEndpoints() {}

  public static List<Endpoint> list(Readiness readiness, Supplier<String> openApiJson) {
    return List.of(
        Endpoint.of(
            Method.GET,
            "/health/live",
            "liveness",
            "system",
            "The process is up",
            Access.anyone(),
            Health.class,
            (ctx, caller) -> ctx.json(new Health("ok", ""))),
        Endpoint.of(
            Method.GET,
            "/health/ready",
            "readiness",
            "system",
            "The server can serve requests (its database answers)",
            Access.anyone(),
            Health.class,
            (ctx, caller) -> {
              String problem = readiness.problem();
              if (problem.isEmpty()) {
                ctx.json(new Health("ok", ""));
              } else {
                ErrorResponses.write(
                    ctx,
                    503,
                    new ApiError(
                        "not_ready",
                        problem,
                        Map.of(),
                        "The server retries by itself; check the database if this persists."));
              }
            }),
        Endpoint.of(
            Method.GET,
            "/openapi.json",
            "openApi",
            "system",
            "This API as an OpenAPI 3.0 document",
            Access.anyone(),
            Object.class,
            (ctx, caller) -> ctx.contentType("application/json").result(openApiJson.get())));
  }
}
