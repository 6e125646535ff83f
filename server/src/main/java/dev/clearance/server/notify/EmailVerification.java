package dev.clearance.server.notify;

import dev.clearance.ledger.note.NoteSigner;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The links that verify a user's email address. A token reads {@code clrv_<user id>.<expiry, epoch
 * seconds>.<base64url HMAC-SHA256>}; the HMAC covers the user id, the address it was sent to and
 * the expiry, under a key derived from the audit log's signing key ({@link RegistryKeys}). Nothing
 * is stored: a token is good while it has not expired and the account still has the address it was
 * made for, so changing the address makes every earlier link useless. Tokens are made when an email
 * is sent, never stored, and never logged.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class EmailVerification {

  /** How long a link works after it was emailed. */
  public static final Duration VALID_FOR = Duration.ofHours(24);

  /** How every token begins. */
  public static final String PREFIX = "clrv_";

  private static final String PURPOSE = "clearance email verification";
  private static final String INFO = "hmac-sha256 key v1";
  private static final int MAX_TOKEN_CHARS = 200;

  private final byte[] key;

  private EmailVerification(byte[] key) {
    this.key = key;
  }

  /** Tokens under a key derived from the audit log's signing key. */
  public static EmailVerification derivedFrom(NoteSigner logSigner) {
    return new EmailVerification(RegistryKeys.derive(logSigner, PURPOSE, INFO));
  }

  /** A token for {@code userId} and {@code email}, good until {@code expires}. */
  public String token(String userId, String email, Instant expires) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    long seconds = expires.getEpochSecond();
    return PREFIX
        + userId
        + "."
        + seconds
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(userId, email, seconds));
  }

  /**
   * The parts of {@code token}, or empty when it is not shaped like one (its signature is checked
   * by {@link Claim#isFor}).
   */
  public Optional<Claim> read(String token) {
    if (token == null
        || token.length() > MAX_TOKEN_CHARS
        || !token.startsWith(PREFIX)
        || !token.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      return Optional.empty();
    }
    String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("[0-9]{1,12}")) {
      return Optional.empty();
    }
    byte[] signature;
    try {
      signature = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (signature.length != 32
        || !Base64.getUrlEncoder().withoutPadding().encodeToString(signature).equals(parts[2])) {
      return Optional.empty(); // only the one encoding the registry makes (no stray padding bits)
    }
    return Optional.of(
        new Claim(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])), signature));
  }

  private byte[] mac(String userId, String email, long expiresSeconds) {
    // Lengths first, so no two different triples give the same text.
    String text =
        userId.length() + ":" + userId + "|" + email.length() + ":" + email + "|" + expiresSeconds;
    return RegistryKeys.hmacSha256(key, RegistryKeys.bytes(text));
  }

  /** What a token says: whose it is and until when; {@link #isFor} checks its signature. */
  public final class Claim {
    private final String userId;
    private final Instant expires;
    private final byte[] signature;

    private Claim(String userId, Instant expires, byte[] signature) {
      this.userId = userId;
      this.expires = expires;
      this.signature = signature.clone();
    }

    public String userId() {
      return userId;
    }

    public Instant expires() {
      return expires;
    }

    /** Whether the token was made by this registry for this user and {@code email}. */
    public boolean isFor(String email) {
      return email != null
          && MessageDigest.isEqual(signature, mac(userId, email, expires.getEpochSecond()));
    }
  }
}
