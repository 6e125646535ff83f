package dev.clearance.server.route;

import io.javalin.http.Context;

/** The work of one endpoint, given the request and the caller whose access was already checked. */
@FunctionalInterface
public interface EndpointHandler {
  void handle(Context ctx, Principal caller) throws Exception;
}
