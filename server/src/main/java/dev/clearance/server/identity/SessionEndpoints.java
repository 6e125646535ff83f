package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.IDENTITY;

import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.store.identity.NewSession;
import java.util.List;

/**
 * Password sign-in and sign-out over the API (OPS-3), by {@link Sessions}: the CSRF token is
 * returned for the page to send in {@code X-CSRF-Token}.
 */
final class SessionEndpoints {

  private SessionEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.withBody(
            Method.POST,
            "/api/v1/session",
            "signIn",
            IDENTITY,
            "Sign in with handle and password; sets the session cookie and returns the CSRF"
                + " token",
            Access.anyone(),
            SignInRequest.class,
            "{\"handle\":\"grace\",\"password\":\"correct horse battery\"}",
            SessionView.class,
            201,
            (ctx, caller) -> {
              NewSession session =
                  Sessions.signIn(context, ctx, Json.read(ctx, SignInRequest.class));
              ctx.status(201)
                  .json(
                      new SessionView(
                          session.csrfToken(), session.session().expiresAt().toString()));
            }),
        Endpoint.of(
            Method.DELETE,
            "/api/v1/session",
            "signOut",
            IDENTITY,
            "Sign out: ends the session of the cookie and clears the cookie",
            Access.signedIn(),
            Void.class,
            204,
            (ctx, caller) -> {
              Sessions.signOut(context, ctx);
              ctx.status(204);
            }));
  }
}
