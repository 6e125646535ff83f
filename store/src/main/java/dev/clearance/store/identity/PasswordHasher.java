package dev.clearance.store.identity;

import dev.clearance.store.internal.Secrets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK. The default of {@value
 * #OWASP_2023_ITERATIONS} iterations is the OWASP Password Storage Cheat Sheet recommendation
 * (2023) for this function. Encoded as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64
 * without padding, 16-byte salt, 32-byte hash), so stored hashes keep working after the parameters
 * change; {@link #needsRehash} tells when to re-hash at the next login.
 */
public final class PasswordHasher {

  /** OWASP 2023 iterations for PBKDF2-HMAC-SHA256. */
  public static final int OWASP_2023_ITERATIONS = 600_000;

  /** Stored hashes claiming more iterations are refused (a tampered row must not stall logins). */
  public static final int MAX_ITERATIONS = 10_000_000;

  /** Longest password accepted, in characters. */
  public static final int MAX_PASSWORD_LENGTH = 1024;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final int iterations;

  /** With {@value #OWASP_2023_ITERATIONS} iterations. */
  public PasswordHasher() {
    this(OWASP_2023_ITERATIONS);
  }

  /**
   * With {@code iterations} for new hashes (lower values only for tests).
   *
   * @throws IllegalArgumentException outside 1..{@value #MAX_ITERATIONS}
   */
  public PasswordHasher(int iterations) {
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException(
          "PBKDF2 iterations " + iterations + " outside 1.." + MAX_ITERATIONS);
    }
    this.iterations = iterations;
  }

  /**
   * The encoded hash of {@code password} with a fresh random salt.
   *
   * @throws IllegalArgumentException if the password is empty or longer than {@value
   *     #MAX_PASSWORD_LENGTH} characters
   */
  public String hash(char[] password) {
    checkPassword(password);
    byte[] salt = Secrets.randomBytes(SALT_BYTES);
    byte[] hash = derive(password, salt, iterations, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * Whether {@code password} matches {@code encoded}, compared in constant time. A malformed or
   * {@code null} encoding never matches.
   */
  public boolean verify(char[] password, String encoded) {
    if (password == null || password.length == 0 || password.length > MAX_PASSWORD_LENGTH) {
      return false;
    }
    Parsed parsed = parse(encoded);
    if (parsed == null) {
      // Spend the same time as a real check, so unknown users cannot be told apart by timing.
      derive(password, new byte[SALT_BYTES], iterations, HASH_BYTES);
      return false;
    }
    byte[] actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
    return MessageDigest.isEqual(actual, parsed.hash);
  }

  /**
   * Whether {@code encoded} was made with other parameters than this hasher's (or is malformed).
   */
  public boolean needsRehash(String encoded) {
    Parsed parsed = parse(encoded);
    return parsed == null || parsed.iterations != iterations || parsed.hash.length != HASH_BYTES;
  }

  private static void checkPassword(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("password is empty");
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "password is " + password.length + " characters; at most " + MAX_PASSWORD_LENGTH);
    }
  }

  private record Parsed(int iterations, byte[] salt, byte[] hash) {}

  private static Parsed parse(String encoded) {
    if (encoded == null) {
      return null;
    }
    String[] parts = encoded.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return null;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1
          || iterations > MAX_ITERATIONS
          || salt.length < 8
          || hash.length < 16
          || hash.length > 64) {
        return null;
      }
      return new Parsed(iterations, salt, hash);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
