package dev.clearance.server.notify;

import dev.clearance.ledger.note.NoteSigner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys for one purpose each, derived from the audit log's signing key: every instance of a registry
 * shares that key, and it is kept in a file outside the database, so a copy of the database alone
 * yields none of them. Derivation is HKDF-SHA256 (RFC 5869) with a salt naming the purpose.
 */
final class RegistryKeys {

  private RegistryKeys() {}

  /** The 32-byte key for {@code purpose} (the HKDF salt) and {@code info}. */
  static byte[] derive(NoteSigner logSigner, String purpose, String info) {
    return hkdfSha256(bytes(logSigner.signerKey()), bytes(purpose), bytes(info));
  }

  /** HKDF-SHA256 (RFC 5869) giving one block of output, 32 bytes. */
  static byte[] hkdfSha256(byte[] inputKey, byte[] salt, byte[] info) {
    byte[] pseudoRandomKey = hmacSha256(salt, inputKey);
    byte[] block = ByteBuffer.allocate(info.length + 1).put(info).put((byte) 1).array();
    return hmacSha256(pseudoRandomKey, block);
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  static byte[] hmacSha256(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
    }
  }

  /** The UTF-8 bytes of {@code text}. */
  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
