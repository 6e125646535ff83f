package dev.clearance.server.identity;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Database;
import dev.clearance.store.Names;
import dev.clearance.store.identity.NewSession;
import dev.clearance.store.identity.SessionRepository;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Password sign-in and sign-out (OPS-3), shared by the API ({@code POST/DELETE /api/v1/session})
 * and the sign-in page ({@code POST /login}, {@code POST /logout}). A session lives in the database
 * (any instance serves it); its secret travels in an {@code HttpOnly}, {@code SameSite=Strict}
 * cookie, and its CSRF token is derived from the secret ({@link SessionRepository#csrfTokenOf}).
 * Failed sign-ins are limited per handle by {@link LoginThrottle}.
 */
public final class Sessions {

  /** How long a session lasts. */
  public static final Duration LIFETIME = Duration.ofHours(8);

  private Sessions() {}

  /**
   * Checks the handle and password, starts a session and sets its cookie on {@code ctx}.
   *
   * @throws ApiException 401 {@code sign_in_failed} for an unknown handle or a wrong password (the
   *     same answer for both), 429 {@code too_many_attempts} with {@code Retry-After} set while the
   *     handle is throttled
   */
  public static NewSession signIn(RegistryContext context, Context ctx, SignInRequest request) {
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
              return tx.sessions().create(user.get().id(), LIFETIME);
            });
    ctx.cookie(cookie(ctx, session.secret(), (int) LIFETIME.toSeconds()));
    return session;
  }

  /** Ends the session of the request's cookie, if any, and clears the cookie. */
  public static void signOut(RegistryContext context, Context ctx) {
    String secret = ctx.cookie(StoreAuthenticator.SESSION_COOKIE);
    if (secret != null) {
      StoreCalls.run(context.db(), tx -> tx.sessions().delete(secret));
    }
    ctx.cookie(cookie(ctx, "", 0));
  }

  /**
   * The CSRF token a page renders for {@code caller}: that of the session whose cookie the request
   * carries, or empty when the caller is anonymous or authenticated by an API token.
   */
  public static String csrfToken(Context ctx, Principal caller) {
    String secret = ctx.cookie(StoreAuthenticator.SESSION_COOKIE);
    if (caller.isAnonymous()
        || secret == null
        || secret.isEmpty()
        || ctx.header("Authorization") != null) {
      return "";
    }
    return SessionRepository.csrfTokenOf(secret);
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

  /**
   * Whether the request came over TLS (directly, or as a proxy's {@code X-Forwarded-Proto} says).
   */
  public static boolean overTls(Context ctx) {
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
    return ApiException.tooManyRequests(
        ctx,
        "too_many_attempts",
        "too many failed sign-ins for this handle",
        wait,
        "Wait until Retry-After has passed, then sign in again. If you forgot the password,"
            + " ask a steward; API tokens keep working meanwhile.");
  }
}
