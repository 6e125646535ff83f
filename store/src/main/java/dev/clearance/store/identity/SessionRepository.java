package dev.clearance.store.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.Secrets;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Server-side sessions with CSRF tokens (OPS-3), over one {@link Handle}. The session secret is 32
 * random bytes in base64url; its CSRF token is derived from it one way ({@link #csrfTokenOf}), so a
 * page can render the token whenever it has the session cookie. The table holds only the SHA-256 of
 * both, so a database leak reveals no usable session or token. Sessions live in the database, so
 * any server instance can serve any request.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown user.
 */
public final class SessionRepository {

  /** Session cookie values start with this. */
  public static final String SECRET_PREFIX = "clrs_";

  /** Domain separation of the CSRF derivation: no other hash of a session secret equals it. */
  private static final String CSRF_LABEL = "clearance-csrf\0";

  private static final String COLUMNS = "id_hash, user_id, created_at, expires_at";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public SessionRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Starts a session for {@code userId} lasting {@code ttl}.
   *
   * @throws IllegalArgumentException if {@code ttl} is not positive
   */
  public NewSession create(String userId, Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("session lifetime " + ttl + " is not positive");
    }
    String secret = Secrets.random(SECRET_PREFIX, 32);
    String csrf = csrfTokenOf(secret);
    Instant now = Instant.ofEpochMilli(clock.millis());
    Session session = new Session(Secrets.sha256Hex(secret), userId, now, now.plus(ttl));
    try {
      handle
          .createUpdate(
              "INSERT INTO sessions (id_hash, user_id, csrf_hash, created_at, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .bind(0, session.idHash())
          .bind(1, userId)
          .bind(2, Secrets.sha256Hex(csrf))
          .bind(3, now.toEpochMilli())
          .bind(4, session.expiresAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "sessions");
    }
    return new NewSession(secret, csrf, session);
  }

  /**
   * The CSRF token of the session whose secret is {@code secret}: {@code
   * base64url(SHA-256("clearance-csrf\0" + secret))}, unpadded. One-way (the token does not reveal
   * the secret) and bound to the session (another session has another token).
   */
  public static String csrfTokenOf(String secret) {
    byte[] digest = Secrets.sha256().digest((CSRF_LABEL + secret).getBytes(UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** The live (unexpired) session whose cookie value is {@code secret}. */
  public Optional<Session> find(String secret) {
    if (secret == null || secret.length() > 200) {
      return Optional.empty();
    }
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM sessions WHERE id_hash = :hash AND expires_at > :now")
        .bind("hash", Secrets.sha256Hex(secret))
        .bind("now", clock.millis())
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Whether {@code csrfToken} is the CSRF token of {@code session}, compared in constant time. */
  public boolean checkCsrf(Session session, String csrfToken) {
    if (csrfToken == null || csrfToken.length() > 200) {
      return false;
    }
    Optional<String> stored =
        handle
            .createQuery("SELECT csrf_hash FROM sessions WHERE id_hash = :hash")
            .bind("hash", session.idHash())
            .mapTo(String.class)
            .findOne();
    return stored.isPresent()
        && Secrets.constantTimeEquals(stored.get(), Secrets.sha256Hex(csrfToken));
  }

  /** Ends the session with cookie value {@code secret} (sign-out); returns whether it existed. */
  public boolean delete(String secret) {
    return handle
            .createUpdate("DELETE FROM sessions WHERE id_hash = :hash")
            .bind("hash", Secrets.sha256Hex(secret))
            .execute()
        == 1;
  }

  /** Ends every session of {@code userId} (password change, disabling); returns how many. */
  public int deleteAllOf(String userId) {
    return handle
        .createUpdate("DELETE FROM sessions WHERE user_id = :user")
        .bind("user", userId)
        .execute();
  }

  /** Removes expired sessions (a background job); returns how many. */
  public int deleteExpired() {
    return handle
        .createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
        .bind("now", clock.millis())
        .execute();
  }

  static Session map(ResultSet rs) throws SQLException {
    return new Session(
        rs.getString("id_hash"),
        rs.getString("user_id"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "expires_at"));
  }
}
