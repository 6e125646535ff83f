package dev.clearance.artifacts.signing;

/** The key types {@code clearance keygen} creates. Verification also accepts ECDSA P-384/P-521. */
public enum KeyType {
  /** Ed25519 (RFC 8032). */
  ED25519,
  /** ECDSA over NIST P-256 with SHA-256, as in the OMS reference's key signer. */
  P256;

  /**
   * The type named on the command line: {@code ed25519} or {@code p256} (any case).
   *
   * @throws IllegalArgumentException for any other name
   */
  public static KeyType parse(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "ed25519" -> ED25519;
      case "p256", "p-256", "ecdsa-p256" -> P256;
      default -> throw new IllegalArgumentException("unknown key type: " + name);
    };
  }
}
