package dev.clearance.server.route;

import io.javalin.http.Context;

/**
 * Resolves the caller of a request from its credentials.
 *
 * <p>Implementations return {@link Principal#ANONYMOUS} when the request carries no credentials,
 * and throw a 401 {@link dev.clearance.server.http.ApiException} when it carries invalid, expired
 * or revoked ones (never silently downgrading to anonymous).
 */
@FunctionalInterface
public interface Authenticator {
  Principal authenticate(Context ctx);
}
