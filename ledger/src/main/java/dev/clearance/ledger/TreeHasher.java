package dev.clearance.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of RFC 6962 §2.1 (RFC 9162 §2.1.1) with SHA-256: {@code leaf = SHA-256(0x00 || data)},
 * {@code node = SHA-256(0x01 || left || right)}, empty tree {@code = SHA-256()}.
 *
 * <p>An instance holds one {@link MessageDigest} and is not thread-safe; create one per thread.
 */
public final class TreeHasher {

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  private final MessageDigest digest;

  private TreeHasher(MessageDigest digest) {
    this.digest = digest;
  }

  /** A new hasher (not thread-safe). */
  public static TreeHasher create() {
    return new TreeHasher(sha256());
  }

  /** A new SHA-256 digest; every JDK has one. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no SHA-256", e);
    }
  }

  /** The root of the empty tree, SHA-256 of no bytes. */
  public Hash emptyRoot() {
    return new Hash(digest.digest());
  }

  /** The leaf hash of {@code data}: SHA-256(0x00 || data). */
  public Hash leaf(byte[] data) {
    return new Hash(leafBytes(data));
  }

  /** The node hash of two children: SHA-256(0x01 || left || right). */
  public Hash node(Hash left, Hash right) {
    digest.update(NODE_PREFIX);
    left.updateDigest(digest);
    right.updateDigest(digest);
    return new Hash(digest.digest());
  }

  /** The leaf hash as a raw array (no copy), for bulk use. */
  byte[] leafBytes(byte[] data) {
    digest.update(LEAF_PREFIX);
    digest.update(data);
    return digest.digest();
  }

  /**
   * The node hash of the 32-byte children at {@code left[leftOffset]} and {@code
   * right[rightOffset]}, as a raw array (no copy), for bulk use.
   */
  byte[] nodeBytes(byte[] left, int leftOffset, byte[] right, int rightOffset) {
    digest.update(NODE_PREFIX);
    digest.update(left, leftOffset, Hash.LENGTH);
    digest.update(right, rightOffset, Hash.LENGTH);
    return digest.digest();
  }
}
