package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.IDENTITY;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.store.Database;
import dev.clearance.store.Names;
import dev.clearance.store.identity.NewSession;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Password sign-in and sign-out for the web pages (OPS-3). A session lives in the database (any
 * instance serves it); its secret travels in an {@code HttpOnly}, {@code SameSite=Strict} cookie,
 * and its CSRF token is returned once for the page to send in {@code X-CSRF-Token}. Failed sign-ins
 * are limited per handle by {@link LoginThrottle}.
 */
final class SessionEndpoints {

  /** How long a session lasts. */
  static final Duration SESSION_LIFETIME = Duration.ofHours(8);

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
            (ctx, caller) -> signIn(context, ctx)),
        Endpoint.of(
            Method.DELETE,
            "/api/v1/session",
            "signOut",
            IDENTITY,
            "Sign out: ends the session of the cookie and clears the cookie",
            Access.signedIn(),
            Void.class,
            204,
            (ctx, caller) -> signOut(context, ctx)));
  }

  private static void signIn(RegistryContext context, Context ctx) {
    SignInRequest request = Json.read(ctx, SignInRequest.class);
    String handle = request.handle();
    if (!isName(handle)) {
      throw wrongCredentials(); // no user can have this handle
    }
    Database db = context.db();
    Instant now = Instant.ofEpochMilli(context.clock().millis());
    Optional<Duration> wait = StoreCalls.read(db, tx -> LoginThrottle.retryAfter(tx, handle, now));
    if (wait.isPresent()) {
      throw tooManyAttempts(ctx, wait.get());
    }
    Optional<User> user = StoreCalls.read(db, tx -> tx.users().findByHandle(handle));
    // Checked even for an unknown handle (against no hash, in the same time), so the answer's
    // timing does not tell which handles exist.
    boolean matches =
        Passwords.HASHER.verify(
            request.password().toCharArray(), user.map(User::passwordHash).orElse(null));
    if (!matches || !user.get().isActive()) {
      StoreCalls.run(db, tx -> LoginThrottle.recordFailure(tx, handle, now));
      throw wrongCredentials();
    }
    NewSession session =
        StoreCalls.transaction(
            db,
            tx -> {
              LoginThrottle.clear(tx, handle);
              return tx.sessions().create(user.get().id(), SESSION_LIFETIME);
            });
    ctx.cookie(cookie(ctx, session.secret(), (int) SESSION_LIFETIME.toSeconds()));
    ctx.status(201)
        .json(new SessionView(session.csrfToken(), session.session().expiresAt().toString()));
  }

  private static void signOut(RegistryContext context, Context ctx) {
    String secret = ctx.cookie(StoreAuthenticator.SESSION_COOKIE);
    if (secret != null) {
      StoreCalls.run(context.db(), tx -> tx.sessions().delete(secret));
    }
    ctx.cookie(cookie(ctx, "", 0));
    ctx.status(204);
  }

  /**
   * The session cookie: {@code HttpOnly}, {@code SameSite=Strict}, path {@code /}, and {@code
   * Secure} when the request came over TLS (directly or, per {@code X-Forwarded-Proto}, through a
   * proxy).
   */
  static Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
    return new Cookie(
        StoreAuthenticator.SESSION_COOKIE,
        value,
        "/",
        maxAgeSeconds,
        overTls(ctx),
        true,
        null,
        SameSite.STRICT);
  }

  private static boolean overTls(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) {
      return true;
    }
    String forwarded = ctx.header("X-Forwarded-Proto");
    if (forwarded == null) {
      return false;
    }
    int comma = forwarded.indexOf(',');
    String first = comma < 0 ? forwarded : forwarded.substring(0, comma);
    return first.strip().toLowerCase(Locale.ROOT).equals("https");
  }

  private static boolean isName(String handle) {
    try {
      Names.checkSlug("handle", handle);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The same answer for an unknown handle and a wrong password. */
  private static ApiException wrongCredentials() {
    return new ApiException(
        401,
        new ApiError(
            "sign_in_failed",
            "the handle or the password is wrong",
            Map.of(),
            "Check both and try again; after "
                + LoginThrottle.MAX_FAILURES
                + " failures within "
                + LoginThrottle.WINDOW.toMinutes()
                + " minutes sign-in is paused for a while."));
  }

  private static ApiException tooManyAttempts(Context ctx, Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    ctx.header("Retry-After", Long.toString(seconds));
    return new ApiException(
        429,
        new ApiError(
            "too_many_attempts",
            "too many failed sign-ins for this handle; try again in " + seconds + " seconds",
            Map.of("retryAfterSeconds", seconds),
            "Wait until Retry-After has passed, then sign in again. If you forgot the password,"
                + " ask a steward; API tokens keep working meanwhile."));
  }
}
