package dev.clearance.store.signing;

import dev.clearance.store.internal.KeyTable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

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

  private final KeyTable<SigningKey> keys;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public SigningKeyRepository(Handle handle, Clock clock) {
    this.keys = new KeyTable<>(handle, clock, "signing_keys", "org_id", SigningKey::new);
  }

  /** Registers a key of {@code orgId} under {@code name}. */
  public SigningKey add(
      String orgId, String name, String algorithm, String publicKeyPem, String keyHint) {
    return keys.add(orgId, name, algorithm, publicKeyPem, keyHint);
  }

  /**
   * Keeps the key {@code id} from being revoked until the transaction ends, waiting for a
   * revocation under way: a decision that relies on the key being active takes this first. Returns
   * whether the key exists.
   */
  public boolean lockShared(String id) {
    return keys.lockShared(id);
  }

  /** The key with {@code id}, revoked or not. */
  public Optional<SigningKey> find(String id) {
    return keys.find(id);
  }

  /** The key of {@code orgId} named {@code name}, revoked or not. */
  public Optional<SigningKey> findByName(String orgId, String name) {
    return keys.findByName(orgId, name);
  }

  /** The key of {@code orgId} whose key hint is {@code keyHint}, revoked or not. */
  public Optional<SigningKey> findByHint(String orgId, String keyHint) {
    return keys.findByHint(orgId, keyHint);
  }

  /** Every key of {@code orgId}, revoked ones included, by name. */
  public List<SigningKey> listByOrganization(String orgId) {
    return keys.listByOwner(orgId);
  }

  /**
   * Revokes key {@code id} at the clock's time; returns the revoked key, or empty if it is unknown
   * or was already revoked.
   */
  public Optional<SigningKey> revoke(String id) {
    return keys.revoke(id);
  }
}
