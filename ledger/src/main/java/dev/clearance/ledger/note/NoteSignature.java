package dev.clearance.ledger.note;

import dev.clearance.ledger.internal.NoteText;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID || signature)}.
 *
 * @param keyName the signer's key name
 * @param keyId the 32-bit key ID (big-endian on the wire)
 * @param signature the signature bytes (64 for Ed25519); copied
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

  /**
   * @throws IllegalArgumentException if the key name is invalid or the signature is empty
   */
  public NoteSignature {
    NoteText.nameProblem(keyName)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    if (signature == null || signature.length == 0) {
      throw new IllegalArgumentException("a note signature must not be empty");
    }
    signature = signature.clone();
  }

  /** A copy of the signature bytes. */
  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** The key ID as 8 lower-case hex digits. */
  public String keyIdHex() {
    return String.format("%08x", keyId);
  }

  /** The signature line without its newline: em dash, space, name, space, base64. */
  public String line() {
    byte[] payload = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
    return "\u2014 " + keyName + " " + Base64.getEncoder().encodeToString(payload);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteSignature that
        && keyName.equals(that.keyName)
        && keyId == that.keyId
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * keyName.hashCode() + keyId) + Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return line();
  }
}
