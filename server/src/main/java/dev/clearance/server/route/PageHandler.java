package dev.clearance.server.route;

import io.javalin.http.Context;

/**
 * The work of one page, given the request and the caller whose access was already checked. It reads
 * and renders; changes go to the JSON API (docs/decisions/007-web-pages.md).
 */
@FunctionalInterface
public interface PageHandler {
  void handle(Context ctx, Principal caller) throws Exception;
}
