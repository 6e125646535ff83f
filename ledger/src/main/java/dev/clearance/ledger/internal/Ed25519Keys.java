package dev.clearance.ledger.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Raw 32-byte Ed25519 keys (RFC 8032) to and from JDK keys, with the JDK's own provider. Not API.
 */
public final class Ed25519Keys {

  /** Length of a raw Ed25519 public key and of a private key seed. */
  public static final int KEY_LENGTH = 32;

  /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410 §4). */
  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  /** DER prefix of a PKCS#8 PrivateKeyInfo for an Ed25519 seed (RFC 8410 §7). */
  private static final byte[] PKCS8_PREFIX =
      HexFormat.of().parseHex("302e020100300506032b657004220420");

  private Ed25519Keys() {}

  /** A JDK public key from 32 raw bytes. */
  public static PublicKey publicKey(byte[] raw) throws InvalidKeySpecException {
    requireLength(raw, "public key");
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(concat(SPKI_PREFIX, raw)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  /** The 32 raw bytes of a JDK Ed25519 public key. */
  public static byte[] rawPublicKey(PublicKey key) {
    byte[] encoded = key.getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - KEY_LENGTH, encoded.length);
  }

  /** The 32-byte seed of a JDK Ed25519 private key. */
  public static byte[] seed(PrivateKey key) {
    byte[] encoded = key.getEncoded();
    return Arrays.copyOfRange(encoded, encoded.length - KEY_LENGTH, encoded.length);
  }

  /**
   * The key pair of a 32-byte seed. The JDK has no API to derive an Ed25519 public key, so the seed
   * is fed to its key pair generator as the randomness it draws the private key from (RFC 8032
   * §5.1.5: the private key is 32 random bytes), and the result is checked against the seed.
   */
  public static KeyPair fromSeed(byte[] seed) throws GeneralSecurityException {
    requireLength(seed, "private key seed");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
    KeyPair pair = generator.generateKeyPair();
    PrivateKey fromSpec =
        KeyFactory.getInstance("Ed25519")
            .generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
    if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
      throw new GeneralSecurityException("the JDK's Ed25519 generator did not use the given seed");
    }
    return new KeyPair(pair.getPublic(), fromSpec);
  }

  /** A fresh random key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  private static void requireLength(byte[] raw, String what) throws InvalidKeySpecException {
    if (raw == null || raw.length != KEY_LENGTH) {
      throw new InvalidKeySpecException(
          "an Ed25519 "
              + what
              + " has "
              + KEY_LENGTH
              + " bytes, got "
              + (raw == null ? "none" : raw.length));
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }

  /** Hands out the seed as the only "random" bytes. */
  private static final class FixedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    FixedRandom(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException(
            "expected a request for " + seed.length + " bytes, got " + bytes.length);
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }
}
