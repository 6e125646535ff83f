package dev.clearance.server.signing;

import dev.clearance.store.signing.SigningKey;

/**
 * A registered signing key as the API shows it: public, so anyone can verify releases offline.
 *
 * @param name the key's name in its organization
 * @param algorithm {@code ed25519} or {@code ecdsa-p256}
 * @param keyHint lowercase hex SHA-256 of {@code publicKeyPem}, the key hint OMS bundles carry
 * @param publicKeyPem the key; save it as a file for {@code clearance verify --key}
 * @param status {@code active}, or {@code revoked} (no longer verifies new checks)
 * @param revokedAt ISO-8601 instant, absent while active
 */
public record SigningKeyView(
    String name,
    String algorithm,
    String keyHint,
    String publicKeyPem,
    String status,
    String createdAt,
    String revokedAt,
    long version) {

  static SigningKeyView of(SigningKey key) {
    return new SigningKeyView(
        key.name(),
        key.algorithm(),
        key.keyHint(),
        key.publicKeyPem(),
        key.isRevoked() ? "revoked" : "active",
        key.createdAt().toString(),
        key.revokedAt() == null ? null : key.revokedAt().toString(),
        key.version());
  }
}
