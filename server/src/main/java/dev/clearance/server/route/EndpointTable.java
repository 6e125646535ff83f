package dev.clearance.server.route;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every endpoint of the server, in one table: it installs them into Javalin behind the
 * authentication and {@link Access} check, and it is the source of the OpenAPI document and the
 * authorization matrix test.
 */
public final class EndpointTable {

  /** Request attribute holding the caller, for request logging and the error pages. */
  public static final String CALLER_ATTRIBUTE = "clearance.caller";

  private final List<Endpoint> endpoints;

  /**
   * @throws IllegalArgumentException when two endpoints share a method and path or an operation id
   */
  public EndpointTable(List<Endpoint> endpoints) {
    Set<String> routes = new HashSet<>();
    Set<String> operations = new HashSet<>();
    for (Endpoint endpoint : endpoints) {
      if (!routes.add(endpoint.method() + " " + endpoint.path())) {
        throw new IllegalArgumentException(
            "two endpoints for " + endpoint.method() + " " + endpoint.path());
      }
      if (!operations.add(endpoint.operationId())) {
        throw new IllegalArgumentException("two endpoints named " + endpoint.operationId());
      }
    }
    this.endpoints = List.copyOf(endpoints);
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** Adds the endpoints to {@code config}; each request is authenticated, then access-checked. */
  public void install(JavalinConfig config, Authenticator authenticator) {
    for (Endpoint endpoint : endpoints) {
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(endpoint.method().name()),
          endpoint.path(),
          ctx -> run(endpoint, authenticator, ctx));
    }
  }

  private static void run(Endpoint endpoint, Authenticator authenticator, Context ctx)
      throws Exception {
    Principal caller = AccessCheck.admit(endpoint.access(), authenticator, ctx);
    ctx.status(endpoint.status());
    endpoint.handler().handle(ctx, caller);
  }
}
