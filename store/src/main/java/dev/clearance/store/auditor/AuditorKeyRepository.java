package dev.clearance.store.auditor;

import dev.clearance.store.internal.KeyTable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

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

  private final KeyTable<AuditorKey> keys;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public AuditorKeyRepository(Handle handle, Clock clock) {
    this.keys = new KeyTable<>(handle, clock, "auditor_keys", "user_id", AuditorKey::new);
  }

  /** Registers a key of {@code userId} under {@code name}. */
  public AuditorKey add(
      String userId, String name, String algorithm, String publicKeyPem, String keyHint) {
    return keys.add(userId, name, algorithm, publicKeyPem, keyHint);
  }

  /** The key with {@code id}, revoked or not. */
  public Optional<AuditorKey> find(String id) {
    return keys.find(id);
  }

  /** The key of {@code userId} named {@code name}, revoked or not. */
  public Optional<AuditorKey> findByName(String userId, String name) {
    return keys.findByName(userId, name);
  }

  /** The key whose key hint is {@code keyHint}, revoked or not, whoever registered it. */
  public Optional<AuditorKey> findByHint(String keyHint) {
    return keys.findByHint(keyHint);
  }

  /** Every key of {@code userId}, revoked ones included, by name. */
  public List<AuditorKey> listByAuditor(String userId) {
    return keys.listByOwner(userId);
  }

  /**
   * Revokes key {@code id} at the clock's time; returns the revoked key, or empty if it is unknown
   * or was already revoked.
   */
  public Optional<AuditorKey> revoke(String id) {
    return keys.revoke(id);
  }
}
