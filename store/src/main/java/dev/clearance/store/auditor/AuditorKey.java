package dev.clearance.store.auditor;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A public key an auditor signs audit attestations with (REV-6, ACC-4).
 *
 * @param userId the auditor
 * @param name the key's name, unique among the auditor's keys (a slug)
 * @param algorithm {@code ed25519}
 * @param publicKeyPem the key as SubjectPublicKeyInfo PEM, as {@code clearance keygen} writes it
 * @param keyHint lowercase hex SHA-256 of {@code publicKeyPem}: the key hint in signed bundles
 * @param revokedAt when it was revoked, or {@code null} while it verifies new attestations
 * @param version optimistic-concurrency version, 1 when created
 */
public record AuditorKey(
    String id,
    String userId,
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
   */
  public AuditorKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
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
