package dev.clearance.ledger.note;

import dev.clearance.ledger.TreeHasher;
import dev.clearance.ledger.internal.Ed25519Keys;
import dev.clearance.ledger.internal.NoteText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A trusted Ed25519 note key: its name, key ID and public key. Its text form, the verifier key, is
 * {@code <name>+<key ID as 8 hex digits>+base64(0x01 || 32-byte public key)}, with key ID = the
 * first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key) (c2sp.org/signed-note, "Ed25519
 * signatures"). Immutable and thread-safe.
 */
public final class NoteVerifier {

  /** The signature type byte of Ed25519 in c2sp.org/signed-note. */
  static final byte ED25519_TYPE = 0x01;

  private final String name;
  private final int keyId;
  private final byte[] publicKey;
  private final PublicKey jdkKey;

  private NoteVerifier(String name, byte[] publicKey) throws InvalidKeySpecException {
    this.name = name;
    this.publicKey = publicKey.clone();
    this.jdkKey = Ed25519Keys.publicKey(publicKey);
    this.keyId = keyId(name, publicKey);
  }

  /**
   * A verifier for the Ed25519 key {@code publicKey} (32 raw bytes) named {@code name}.
   *
   * @throws CheckpointException if the name is not a valid key name or the key is not 32 bytes
   */
  public static NoteVerifier of(String name, byte[] publicKey) throws CheckpointException {
    Optional<String> problem = NoteText.nameProblem(name);
    if (problem.isPresent()) {
      throw new CheckpointException("verifier key: " + problem.get());
    }
    try {
      return new NoteVerifier(name, publicKey);
    } catch (InvalidKeySpecException e) {
      throw new CheckpointException("verifier key '" + name + "': " + e.getMessage(), e);
    }
  }

  /**
   * Parses a verifier key {@code <name>+<hex key ID>+<base64(0x01 || public key)>}.
   *
   * @throws CheckpointException naming what is wrong: the layout, the name, the key ID (expected vs
   *     found), the signature type or the key
   */
  public static NoteVerifier parse(String verifierKey) throws CheckpointException {
    if (verifierKey == null || verifierKey.length() > 1024) {
      throw new CheckpointException("verifier key: missing or longer than 1024 characters");
    }
    // The base64 key may itself contain '+': split off the name and the key ID only.
    String[] parts = verifierKey.strip().split("\\+", 3);
    if (parts.length != 3) {
      throw new CheckpointException(
          "verifier key must be <name>+<key ID hex>+<base64 key>, found "
              + parts.length
              + " '+'-separated part(s)");
    }
    if (!parts[1].matches("[0-9a-fA-F]{8}")) {
      throw new CheckpointException(
          "verifier key '" + parts[0] + "': key ID must be 8 hex digits, got '" + parts[1] + "'");
    }
    byte[] typed =
        NoteText.decodeBase64(parts[2])
            .orElseThrow(
                () ->
                    new CheckpointException(
                        "verifier key '" + parts[0] + "': the key is not canonical base64"));
    if (typed.length != 1 + Ed25519Keys.KEY_LENGTH || typed[0] != ED25519_TYPE) {
      throw new CheckpointException(
          "verifier key '"
              + parts[0]
              + "': expected type 0x01 (Ed25519) and a 32-byte key, got "
              + typed.length
              + " byte(s)"
              + (typed.length > 0 ? String.format(" of type 0x%02x", typed[0]) : ""));
    }
    NoteVerifier verifier = of(parts[0], Arrays.copyOfRange(typed, 1, typed.length));
    int declared = Integer.parseUnsignedInt(parts[1], 16);
    if (declared != verifier.keyId) {
      throw new CheckpointException(
          "verifier key '"
              + parts[0]
              + "': key ID "
              + String.format("%08x", declared)
              + " does not match name and key, expected "
              + verifier.keyIdHex());
    }
    return verifier;
  }

  /** The key name. */
  public String name() {
    return name;
  }

  /** The 32-bit key ID. */
  public int keyId() {
    return keyId;
  }

  /** The key ID as 8 lower-case hex digits. */
  public String keyIdHex() {
    return String.format("%08x", keyId);
  }

  /** A copy of the 32-byte public key. */
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The verifier key text, {@code name+hex(key ID)+base64(0x01 || public key)}. */
  public String verifierKey() {
    byte[] typed = new byte[1 + publicKey.length];
    typed[0] = ED25519_TYPE;
    System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed);
  }

  /** Whether {@code signature} is by this key: same name, same key ID. */
  public boolean matches(NoteSignature signature) {
    return signature.keyName().equals(name) && signature.keyId() == keyId;
  }

  /**
   * Whether {@code signature} is a valid Ed25519 signature of {@code text} (UTF-8) by this key.
   * Does not look at the name and key ID; see {@link #matches}.
   */
  public boolean verifies(String text, NoteSignature signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(jdkKey);
      verifier.update(text.getBytes(StandardCharsets.UTF_8));
      return verifier.verify(signature.signature());
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** The key ID of an Ed25519 key: SHA-256(name || 0x0A || 0x01 || key)[:4], big-endian. */
  static int keyId(String name, byte[] publicKey) {
    MessageDigest digest = TreeHasher.sha256();
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0x0A);
    digest.update(ED25519_TYPE);
    digest.update(publicKey);
    return ByteBuffer.wrap(digest.digest()).getInt();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteVerifier that
        && name.equals(that.name)
        && Arrays.equals(publicKey, that.publicKey);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(publicKey);
  }

  /** The verifier key text. */
  @Override
  public String toString() {
    return verifierKey();
  }
}
