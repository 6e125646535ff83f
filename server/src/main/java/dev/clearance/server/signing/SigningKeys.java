package dev.clearance.server.signing;

import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.document.InputException;
import dev.clearance.store.Repositories;
import dev.clearance.store.signing.BundleVerificationRepository;
import dev.clearance.store.signing.SigningKey;
import dev.clearance.store.signing.SigningKeyRepository;
import java.security.PublicKey;

/**
 * What other parts of the server need of signing keys: the repositories in a transaction, a stored
 * key decoded, and where a key can be downloaded.
 */
public final class SigningKeys {

  private SigningKeys() {}

  /** The signing keys, in {@code tx}. */
  public static SigningKeyRepository keys(Repositories tx) {
    return new SigningKeyRepository(tx.handle(), tx.clock());
  }

  /** The verified signature bundles, in {@code tx}. */
  public static BundleVerificationRepository verifications(Repositories tx) {
    return new BundleVerificationRepository(tx.handle());
  }

  /**
   * The stored key, decoded.
   *
   * @throws IllegalStateException if the stored PEM is not a key (the row was edited outside the
   *     registry, which checks every key it stores)
   */
  public static PublicKey publicKey(SigningKey key) {
    try {
      return KeyFiles.decodePublic(
          KeyFiles.decodePem(key.publicKeyPem(), "PUBLIC KEY", key.name()), key.name());
    } catch (InputException e) {
      throw new IllegalStateException("stored signing key " + key.id() + " is not a key", e);
    }
  }

  /** The API path of one key of an organization. */
  public static String path(String orgSlug, String keyName) {
    return "/api/v1/orgs/" + orgSlug + "/keys/" + keyName;
  }
}
