package dev.clearance.store.signing;

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
 * Organizations' signing keys, over one {@link Handle}. Keys are never deleted: revoking one sets
 * {@code revoked_at}.
 *
 * <p>Throws {@link dev.clearance.store.ConflictException} (fields {@code org_id, name} or {@code
 * org_id, key_hint}) when the organization already has a key with that name or that key, {@link
 * dev.clearance.store.MissingReferenceException} for an unknown organization, and {@link
 * IllegalArgumentException} for a name that is not a slug.
 */
public final class SigningKeyRepository {

  private static final String COLUMNS =
      "id, org_id, name, algorithm, public_key_pem, key_hint, created_at, revoked_at, version";

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public SigningKeyRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Registers a key of {@code orgId} under {@code name}. */
  public SigningKey add(
      String orgId, String name, String algorithm, String publicKeyPem, String keyHint) {
    SigningKey key =
        new SigningKey(
            Ids.next(clock),
            orgId,
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
              "INSERT INTO signing_keys ("
                  + COLUMNS
                  + ") VALUES (:id, :org, :name, :algorithm, :pem, :hint, :at, NULL, 1)")
          .bind("id", key.id())
          .bind("org", orgId)
          .bind("name", key.name())
          .bind("algorithm", algorithm)
          .bind("pem", publicKeyPem)
          .bind("hint", keyHint)
          .bind("at", key.createdAt().toEpochMilli())
          .execute();
    } catch (JdbiException e) {
      throw SqlErrors.translate(e, "signing_keys");
    }
    return key;
  }

  /** The key with {@code id}, revoked or not. */
  public Optional<SigningKey> find(String id) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM signing_keys WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The key of {@code orgId} named {@code name}, revoked or not. */
  public Optional<SigningKey> findByName(String orgId, String name) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM signing_keys WHERE org_id = :org AND name = :name")
        .bind("org", orgId)
        .bind("name", name)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** The key of {@code orgId} whose key hint is {@code keyHint}, revoked or not. */
  public Optional<SigningKey> findByHint(String orgId, String keyHint) {
    return handle
        .createQuery(
            "SELECT " + COLUMNS + " FROM signing_keys WHERE org_id = :org AND key_hint = :hint")
        .bind("org", orgId)
        .bind("hint", keyHint)
        .map((rs, ctx) -> map(rs))
        .findOne();
  }

  /** Every key of {@code orgId}, revoked ones included, by name. */
  public List<SigningKey> listByOrganization(String orgId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM signing_keys WHERE org_id = :org ORDER BY name")
        .bind("org", orgId)
        .map((rs, ctx) -> map(rs))
        .list();
  }

  /**
   * Revokes key {@code id} at the clock's time; returns the revoked key, or empty if it is unknown
   * or was already revoked.
   */
  public Optional<SigningKey> revoke(String id) {
    int changed =
        handle
            .createUpdate(
                "UPDATE signing_keys SET revoked_at = :now, version = version + 1"
                    + " WHERE id = :id AND revoked_at IS NULL")
            .bind("now", clock.millis())
            .bind("id", id)
            .execute();
    return changed == 1 ? find(id) : Optional.empty();
  }

  static SigningKey map(ResultSet rs) throws SQLException {
    return new SigningKey(
        rs.getString("id"),
        rs.getString("org_id"),
        rs.getString("name"),
        rs.getString("algorithm"),
        rs.getString("public_key_pem"),
        rs.getString("key_hint"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "revoked_at"),
        rs.getLong("version"));
  }
}
