package dev.clearance.store.signing;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A public key an organization signs its model releases with.
 *
 * @param name the key's name, unique in its organization (a slug, e.g. {@code release-2026})
 * @param algorithm {@code ed25519} or {@code ecdsa-p256} (others verified by the artifacts module
 *     may appear too)
 * @param publicKeyPem the key as SubjectPublicKeyInfo PEM, in the canonical form {@code clearance
 *     keygen} writes
 * @param keyHint lowercase hex SHA-256 of {@code publicKeyPem}: the key hint in OMS bundles
 * @param revokedAt when it was revoked, or {@code null} while it may verify new releases
 * @param version optimistic-concurrency version, 1 when created
 */
public record SigningKey(
    String id,
    String orgId,
    String name,
    String algorithm,
    String publicKeyPem,
    String keyHint,
    Instant createdAt,
    Instant revokedAt,
    long version) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException for a key hint that is not 64 lowercase hex characters
   * @throws NullPointerException for a missing required field
   */
  public SigningKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(publicKeyPem, "publicKeyPem");
    Objects.requireNonNull(createdAt, "createdAt");
    if (keyHint == null || !HEX64.matcher(keyHint).matches()) {
      throw new IllegalArgumentException("key hint must be 64 lowercase hex characters (SHA-256)");
    }
  }

  /** Whether the key was revoked. */
  public boolean isRevoked() {
    return revokedAt != null;
  }
}
