package dev.clearance.store.identity;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.internal.Paging;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.Secrets;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * API tokens for pipelines and the CLI (OPS-3), over one {@link Handle}. A secret is {@value
 * #SECRET_PREFIX} followed by 32 random bytes in unpadded base64url; only its SHA-256 (hex) is
 * stored, together with a short prefix for display.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code user_id, name}) when the
 * user already has a token with that name, and {@link
 * dev.clearance.store.MissingReferenceException} for an unknown user.
 */
public final class ApiTokenRepository {

  /** Every token secret starts with this, so secret scanners can find leaked ones. */
  public static final String SECRET_PREFIX = "clr_";

  /** How many characters of the secret are kept for display. */
  public static final int DISPLAY_PREFIX_LENGTH = SECRET_PREFIX.length() + 8;

  private static final Pattern SECRET = Pattern.compile("clr_[A-Za-z0-9_-]{43}");
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
  private static final String COLUMNS =
      "id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at, version";

  private static final String AUTHENTICATE =
      "SELECT "
          + Arrays.stream(COLUMNS.split(", "))
              .map(column -> "t." + column)
              .collect(Collectors.joining(", "))
          + ", t.secret_hash, "
          + UserRepository.JOINED_COLUMNS
          + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.secret_hash = :hash";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public ApiTokenRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Creates a token for {@code userId}.
   *
   * @param name a label unique per user, e.g. {@code ci-pipeline}
   * @param expiresAt or {@code null} for no expiry
   * @return the secret (show it once) and the stored token
   */
  public NewApiToken create(String userId, String name, Instant expiresAt) {
    String checkedName = Names.checkText("token name", name);
    Instant now = Instant.ofEpochMilli(clock.millis());
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new IllegalArgumentException("token expiry " + expiresAt + " is not in the future");
    }
    String secret = Secrets.random(SECRET_PREFIX, 32);
    ApiToken token =
        new ApiToken(
            Ids.next(clock),
            userId,
            checkedName,
            secret.substring(0, DISPLAY_PREFIX_LENGTH),
            now,
            null,
            expiresAt,
            null,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO api_tokens (id, user_id, name, secret_hash, prefix, created_at,"
                  + " last_used_at, expires_at, revoked_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, 1)")
          .bind(0, token.id())
          .bind(1, userId)
          .bind(2, checkedName)
          .bind(3, Secrets.sha256Hex(secret))
          .bind(4, token.prefix())
          .bind(5, now.toEpochMilli())
          .bind(6, Rows.millis(expiresAt))
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "api_tokens");
    }
    return new NewApiToken(secret, token);
  }

  /**
   * Checks a presented secret: it must be well formed, match a stored hash (compared in constant
   * time), not be revoked or expired, and belong to an active user. Records the use (at most once a
   * minute per token, to spare SQLite's single writer).
   */
  public TokenCheck authenticate(String secret) {
    if (secret == null || !SECRET.matcher(secret).matches()) {
      return new TokenCheck.Refused(TokenCheck.Reason.MALFORMED);
    }
    String hash = Secrets.sha256Hex(secret);
    // The token and its user in one round trip.
    Optional<Row> row =
        handle
            .createQuery(AUTHENTICATE)
            .bind("hash", hash)
            .map(
                (rs, ctx) ->
                    new Row(map(rs), rs.getString("secret_hash"), UserRepository.map(rs, "u_")))
            .findOne();
    if (row.isEmpty() || !Secrets.constantTimeEquals(row.get().hash(), hash)) {
      return new TokenCheck.Refused(TokenCheck.Reason.UNKNOWN);
    }
    ApiToken token = row.get().token();
    Instant now = Instant.ofEpochMilli(clock.millis());
    if (token.revokedAt() != null) {
      return new TokenCheck.Refused(TokenCheck.Reason.REVOKED);
    }
    if (token.isExpiredAt(now)) {
      return new TokenCheck.Refused(TokenCheck.Reason.EXPIRED);
    }
    User user = row.get().user();
    if (!user.isActive()) {
      return new TokenCheck.Refused(TokenCheck.Reason.USER_DISABLED);
    }
    if (token.lastUsedAt() == null
        || !token.lastUsedAt().plus(LAST_USED_GRANULARITY).isAfter(now)) {
      handle
          .createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
          .bind("now", now.toEpochMilli())
          .bind("id", token.id())
          .execute();
      token =
          new ApiToken(
              token.id(),
              token.userId(),
              token.name(),
              token.prefix(),
              token.createdAt(),
              now,
              token.expiresAt(),
              token.revokedAt(),
              token.version());
    }
    return new TokenCheck.Accepted(token, user);
  }

  private record Row(ApiToken token, String hash, User user) {}

  /** The token with {@code id}. */
  public Optional<ApiToken> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The tokens of {@code userId}, revoked ones included, oldest first. */
  public List<ApiToken> listByUser(String userId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = :user ORDER BY id")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /** One page of the tokens of {@code userId}, revoked ones included, oldest first. */
  public Page<ApiToken> listByUser(String userId, PageRequest page) {
    return Paging.page(
        handle,
        "SELECT " + COLUMNS + " FROM api_tokens WHERE user_id = :user",
        "id",
        page,
        (rs, ctx) -> map(rs),
        ApiToken::id,
        "user",
        userId);
  }

  /**
   * Revokes token {@code id} of {@code userId}; returns whether a live token was revoked (false if
   * unknown, another user's, or already revoked).
   */
  public boolean revoke(String id, String userId) {
    return handle
            .createUpdate(
                "UPDATE api_tokens SET revoked_at = :now, version = version + 1"
                    + " WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
            .bind("now", clock.millis())
            .bind("id", id)
            .bind("user", userId)
            .execute()
        == 1;
  }

  static ApiToken map(ResultSet rs) throws SQLException {
    return new ApiToken(
        rs.getString("id"),
        rs.getString("user_id"),
        rs.getString("name"),
        rs.getString("prefix"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "last_used_at"),
        Rows.instant(rs, "expires_at"),
        Rows.instant(rs, "revoked_at"),
        rs.getLong("version"));
  }
}
