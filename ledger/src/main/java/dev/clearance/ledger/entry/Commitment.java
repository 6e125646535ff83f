package dev.clearance.ledger.entry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.ledger.Hash;
import dev.clearance.ledger.TreeHasher;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A hiding commitment to details that must not be public yet (pre-release material): {@code
 * SHA-256(salt || canonical JSON of the details)} with a random 32-byte salt. The public audit
 * entry carries only this hash; the details and the salt are revealed at release, and anyone can
 * then check them with {@link #verify}. The salt keeps guessable details (a model name, a tier)
 * from being confirmed by hashing candidates.
 *
 * @param hash the committed hash
 */
public record Commitment(Hash hash) {

  /** Length of the salt in bytes. */
  public static final int SALT_LENGTH = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * @throws NullPointerException if {@code hash} is null
   */
  public Commitment {
    Objects.requireNonNull(hash, "hash");
  }

  /**
   * Commits to {@code details} with a fresh random salt.
   *
   * @throws IllegalArgumentException if the details are outside {@link CanonicalJson}'s rules
   */
  public static SealedDetails seal(JsonNode details) {
    byte[] salt = new byte[SALT_LENGTH];
    RANDOM.nextBytes(salt);
    byte[] canonical = CanonicalJson.encode(details);
    return new SealedDetails(of(salt, canonical), salt, canonical);
  }

  /**
   * The commitment to already canonical detail bytes under {@code salt}.
   *
   * @throws IllegalArgumentException if the salt is not {@value #SALT_LENGTH} bytes
   */
  public static Commitment of(byte[] salt, byte[] canonicalDetails) {
    if (salt == null || salt.length != SALT_LENGTH) {
      throw new IllegalArgumentException(
          "a commitment salt has "
              + SALT_LENGTH
              + " bytes, got "
              + (salt == null ? "none" : salt.length));
    }
    MessageDigest digest = TreeHasher.sha256();
    digest.update(salt);
    digest.update(canonicalDetails);
    return new Commitment(Hash.of(digest.digest()));
  }

  /**
   * Checks revealed details and salt against this commitment. The details are canonicalized first,
   * so any JSON text with the same content verifies.
   *
   * @throws EntryException if the salt has the wrong length, the details are outside the canonical
   *     rules, or the hash differs (expected and computed are in the message)
   */
  public void verify(JsonNode details, byte[] salt) throws EntryException {
    byte[] canonical;
    try {
      canonical = CanonicalJson.encode(details);
    } catch (IllegalArgumentException e) {
      throw new EntryException("revealed details: " + e.getMessage(), e);
    }
    verify(canonical, salt);
  }

  /**
   * Checks revealed canonical detail bytes and salt against this commitment.
   *
   * @throws EntryException if the salt has the wrong length or the hash differs (expected and
   *     computed are in the message)
   */
  public void verify(byte[] canonicalDetails, byte[] salt) throws EntryException {
    if (salt == null || salt.length != SALT_LENGTH) {
      throw new EntryException(
          "revealed salt must have "
              + SALT_LENGTH
              + " bytes, got "
              + (salt == null ? "none" : salt.length));
    }
    Commitment computed = of(salt, canonicalDetails);
    if (!computed.equals(this)) {
      throw new EntryException(
          "revealed details do not match the commitment: expected "
              + hash.hex()
              + ", computed "
              + computed.hash().hex());
    }
  }
}
