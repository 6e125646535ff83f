package dev.clearance.store.identity;

import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.Secrets;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Server-side sessions with CSRF tokens (OPS-3), over one {@link Handle}. Both secrets are 32
 * random bytes in base64url; the table holds only their SHA-256, so a database leak reveals no
 * usable session. Sessions live in the database, so any server instance can serve any request.
 *
 * <p>Throws {@link dev.clearance.store.MissingReferenceException} for an unknown user.
 */
public final class SessionRepository {

  /** Session cookie values start with this. */
  public static final String SECRET_PREFIX = "clrs_";

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
    String csrf = Secrets.random("", 32);
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
