package dev.clearance.server.identity;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Authenticator;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Database;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.CallerRoles;
import dev.clearance.store.identity.Session;
import dev.clearance.store.identity.TokenCheck;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the caller from an API token ({@code Authorization: Bearer clr_...}) or a session
 * cookie, reading the database on every request so that any server instance can serve it and a
 * revocation takes effect at once. Requests authenticated by a session cookie that change something
 * must carry the session's CSRF token in {@code X-CSRF-Token}, or, for a plain HTML form post
 * ({@code application/x-www-form-urlencoded}), in the form field {@value #CSRF_FIELD};
 * token-authenticated requests need none (a browser never sends the token by itself).
 */
public final class StoreAuthenticator implements Authenticator {

  /** The session cookie's name. */
  public static final String SESSION_COOKIE = "clearance_session";

  /** The header carrying the CSRF token of a session. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** The form field carrying the CSRF token in plain HTML form posts (sign-out, sign-in). */
  public static final String CSRF_FIELD = "_csrf";

  private static final Logger LOG = LoggerFactory.getLogger(StoreAuthenticator.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final Database db;

  public StoreAuthenticator(Database db) {
    this.db = db;
  }

  @Override
  public Principal authenticate(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      return fromToken(authorization);
    }
    String session = ctx.cookie(SESSION_COOKIE);
    if (session != null) {
      return fromSession(ctx, session);
    }
    return Principal.ANONYMOUS;
  }

  private Principal fromToken(String authorization) {
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.unauthenticated("the Authorization header must be 'Bearer <token>'");
    }
    String secret = authorization.substring(7).trim();
    // Reads (and at most one update of last_used_at) that need no transaction: auto-commit spares
    // the BEGIN and COMMIT round trips, and on SQLite the write lock of an IMMEDIATE transaction.
    return db.withHandle(
        handle -> {
          Repositories tx = db.repositories(handle);
          TokenCheck check = tx.apiTokens().authenticate(secret);
          return switch (check) {
            case TokenCheck.Accepted accepted -> principal(tx, accepted.user());
            case TokenCheck.Refused refused -> {
              // The reason goes to the log only; every refusal looks the same to the caller.
              LOG.info("token refused reason={}", refused.reason());
              throw ApiException.unauthenticated(
                  "the API token is not valid (unknown, expired or revoked)");
            }
          };
        });
  }

  private Principal fromSession(Context ctx, String secret) {
    return db.transaction(
        tx -> {
          Optional<Session> session = tx.sessions().find(secret);
          Optional<User> user = session.flatMap(found -> tx.users().find(found.userId()));
          if (session.isEmpty() || user.isEmpty() || !user.get().isActive()) {
            // Clear the dead cookie, so the browser's next request (signing in) is not refused.
            ctx.cookie(Sessions.cookie(ctx, "", 0));
            throw ApiException.unauthenticated("the session has ended; sign in again");
          }
          if (!SAFE_METHODS.contains(ctx.method().name())
              && !tx.sessions().checkCsrf(session.get(), csrfToken(ctx))) {
            throw ApiException.forbidden(
                "the request has no valid CSRF token",
                "Send the session's CSRF token in the "
                    + CSRF_HEADER
                    + " header; pages do so for you, so reload the page and try again.");
          }
          return principal(tx, user.get());
        });
  }

  /** The CSRF token sent in the header, else in the field of a plain HTML form post. */
  private static String csrfToken(Context ctx) {
    String header = ctx.header(CSRF_HEADER);
    if (header != null) {
      return header;
    }
    String type = ctx.contentType();
    if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
      return ctx.formParam(CSRF_FIELD);
    }
    return null;
  }

  private static Principal principal(Repositories tx, User user) {
    CallerRoles roles = tx.globalRoles().callerRoles(user.id());
    return new Principal(Optional.of(user.id()), user.handle(), roles.roles(), roles.memberships());
  }
}
