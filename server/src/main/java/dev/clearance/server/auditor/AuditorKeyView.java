package dev.clearance.server.auditor;

import dev.clearance.store.auditor.AuditorKey;

/**
 * An auditor's registered signing key as the API shows it: public, so anyone can verify audit
 * attestations offline ({@code clearance verify --attestation … --auditor-key …}).
 *
 * @param keyHint lowercase hex SHA-256 of {@code publicKeyPem}, the key hint bundles carry
 * @param publicKeyPem the key; save it as a file for {@code --auditor-key}
 * @param status {@code active}, or {@code revoked} (verifies no new attestation)
 * @param revokedAt ISO-8601 instant, absent while active
 */
public record AuditorKeyView(
    String name,
    String algorithm,
    String keyHint,
    String publicKeyPem,
    String status,
    String createdAt,
    String revokedAt,
    long revision) {

  static AuditorKeyView of(AuditorKey key) {
    return new AuditorKeyView(
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
