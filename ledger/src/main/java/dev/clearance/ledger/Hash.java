package dev.clearance.ledger;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 value of exactly 32 bytes: a leaf hash, an interior node hash or a tree root.
 *
 * <p>Immutable: the constructor and {@link #bytes()} copy the array. Equality compares the bytes.
 *
 * @param value the 32 hash bytes
 */
public record Hash(byte[] value) {

  /** The length of a SHA-256 hash in bytes. */
  public static final int LENGTH = 32;

  /**
   * @throws IllegalArgumentException if {@code value} is null or not 32 bytes long
   */
  public Hash {
    if (value == null || value.length != LENGTH) {
      throw new IllegalArgumentException(
          "a hash has "
              + LENGTH
              + " bytes, got "
              + (value == null ? "none" : value.length + " byte(s)"));
    }
    value = value.clone();
  }

  /** A hash of the given 32 bytes (copied). */
  public static Hash of(byte[] value) {
    return new Hash(value);
  }

  /** A hash read from {@code length} bytes of {@code buffer} at {@code offset} (copied). */
  public static Hash of(byte[] buffer, int offset) {
    return new Hash(Arrays.copyOfRange(buffer, offset, offset + LENGTH));
  }

  /**
   * Parses 64 hexadecimal digits (either case).
   *
   * @throws IllegalArgumentException if the text is not 64 hex digits
   */
  public static Hash fromHex(String hex) {
    if (hex == null || hex.length() != 2 * LENGTH) {
      throw new IllegalArgumentException(
          "a hex hash has " + 2 * LENGTH + " digits, got " + (hex == null ? "none" : hex.length()));
    }
    return new Hash(HexFormat.of().parseHex(hex));
  }

  /**
   * Parses standard base64 (RFC 4648 §4, with padding) of 32 bytes.
   *
   * @throws IllegalArgumentException if the text is not base64 of 32 bytes
   */
  public static Hash fromBase64(String base64) {
    if (base64 == null) {
      throw new IllegalArgumentException("no base64 hash given");
    }
    return new Hash(Base64.getDecoder().decode(base64));
  }

  /** A copy of the 32 bytes. */
  @Override
  public byte[] value() {
    return value.clone();
  }

  /** A copy of the 32 bytes (same as {@link #value()}). */
  public byte[] bytes() {
    return value.clone();
  }

  /** Copies the 32 bytes into {@code target} at {@code offset}. */
  public void copyTo(byte[] target, int offset) {
    System.arraycopy(value, 0, target, offset, LENGTH);
  }

  /** Feeds the 32 bytes to a digest without copying. */
  public void updateDigest(MessageDigest digest) {
    digest.update(value);
  }

  /** Lower-case hexadecimal, 64 digits. */
  public String hex() {
    return HexFormat.of().formatHex(value);
  }

  /** Standard base64 with padding, 44 characters. */
  public String base64() {
    return Base64.getEncoder().encodeToString(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hash hash && MessageDigest.isEqual(value, hash.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  /** The hex form. */
  @Override
  public String toString() {
    return hex();
  }
}
