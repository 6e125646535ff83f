package dev.clearance.store.auditor;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
import dev.clearance.store.internal.Rows;
import dev.clearance.store.internal.SqlErrors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * Auditors' signing keys, over one {@link Handle}. Keys are never deleted: revoking one sets {@code
 * revoked_at}.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code user_id, name} or {@code
 * key_hint}) when the auditor has a key of that name or the key is registered already, {@link
 * dev.clearance.store.MissingReferenceException} for an unknown user, and {@link
 * IllegalArgumentException} for a name that is not a slug.
 */
public final class AuditorKeyRepository {

  private static final String COLUMNS =
      "id, user_id, name, algorithm, public_key_pem, key_hint, created_at, revoked_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AuditorKeyRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Registers a key of auditor {@code userId} under {@code name}. */
  public AuditorKey add(
      String userId, String name, String algorithm, String publicKeyPem, String keyHint) {
    AuditorKey key =
        new AuditorKey(
            Ids.next(clock),
            userId,
            Names.checkSlug("key name", name),
            algorithm,
            publicKeyPem,
            keyHint,
            Instant.ofEpochMilli(clock.millis()),
            null,
            1);
    try {
      handle
          .createUpdate(
              "INSERT INTO auditor_keys ("
                  + COLUMNS
                  + ") VALUES (:id, :user, :name, :algorithm, :pem, :hint, :at, NULL, 1)")
          .bind("id", key.id())
          .bind("user", userId)
          .bind("name", key.name())
          .bind("algorithm", algorithm)
          .bind("pem", publicKeyPem)
          .bind("hint", keyHint)
          .bind("at", key.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "auditor_keys");
    }
    return key;
  }

  /** The key with {@code id}, revoked or not. */
  public Optional<AuditorKey> find(String id) {
    return one("id = :value", id);
  }

  /** The key whose key hint is {@code keyHint}, revoked or not, whoever registered it. */
  public Optional<AuditorKey> findByHint(String keyHint) {
    return one("key_hint = :value", keyHint);
  }

  /** The key of {@code userId} named {@code name}, revoked or not. */
  public Optional<AuditorKey> findByName(String userId, String name) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM auditor_keys WHERE user_id = :user AND name = :name")
        .bind("user", userId)
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Every key of {@code userId}, revoked ones included, by name. */
  public List<AuditorKey> listByAuditor(String userId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM auditor_keys WHERE user_id = :user ORDER BY name")
        .bind("user", userId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Revokes key {@code id} at the clock's time; returns the revoked key, or empty if it is unknown
   * or was already revoked.
   */
  public Optional<AuditorKey> revoke(String id) {
    int changed =
        handle
            .createUpdate(
                "UPDATE auditor_keys SET revoked_at = :now, version = version + 1"
                    + " WHERE id = :id AND revoked_at IS NULL")
            .bind("now", clock.millis())
            .bind("id", id)
            .execute();
    return changed == 1 ? find(id) : Optional.empty();
  }

  private Optional<AuditorKey> one(String condition, String value) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM auditor_keys WHERE " + condition)
        .bind("value", value)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  static AuditorKey map(ResultSet rs) throws SQLException {
    return new AuditorKey(
        rs.getString("id"),
        rs.getString("user_id"),
        rs.getString("name"),
        rs.getString("algorithm"),
        rs.getString("public_key_pem"),
        rs.getString("key_hint"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "revoked_at"),
        rs.getLong("version"));
  }
}
