package dev.clearance.server.notify;

import dev.clearance.ledger.note.NoteSigner;
import dev.clearance.store.Database;
import dev.clearance.store.notify.Webhook;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signing secrets as the database keeps them: sealed with AES-256-GCM, so that a copy of
 * the database alone does not let anyone sign deliveries as the registry.
 *
 * <p>The key is derived with HKDF-SHA256 (RFC 5869) from the audit log's signing key ({@link
 * RegistryKeys}), which every instance of one registry already shares and which is kept in a file
 * outside the database. A sealed secret reads {@code sealed:v1:<key id>:<base64url of nonce,
 * ciphertext and tag>}; the key id (8 hex digits of an HMAC of a fixed text under the key) tells a
 * secret sealed under another key apart from a damaged one. Secrets stored before sealing existed
 * are plain {@code whsec_…} text: {@link #open} still reads them, and {@link #sealStored} seals
 * them at start-up.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class WebhookSecrets {

  /** How every sealed secret begins. */
  static final String PREFIX = "sealed:v1:";

  private static final String PURPOSE = "clearance webhook secrets";
  private static final String INFO = "aes-256-gcm key v1";
  private static final byte[] KEY_ID_TEXT = bytes("clearance webhook secrets key id");
  private static final byte[] ASSOCIATED = bytes("clearance webhook secret");
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final String keyId;

  private WebhookSecrets(byte[] keyBytes) {
    this.key = new SecretKeySpec(keyBytes, "AES");
    this.keyId = HexFormat.of().formatHex(hmac(keyBytes, KEY_ID_TEXT), 0, 4);
  }

  /** Secrets sealed under a key derived from the audit log's signing key. */
  public static WebhookSecrets derivedFrom(NoteSigner logSigner) {
    return new WebhookSecrets(RegistryKeys.derive(logSigner, PURPOSE, INFO));
  }

  /** The key's id, as sealed secrets name it. */
  public String keyId() {
    return keyId;
  }

  /** {@code secret} sealed for storage; every call uses a new random nonce. */
  public String seal(String secret) {
    Objects.requireNonNull(secret, "secret");
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, bytes(secret));
    byte[] stored =
        ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    return PREFIX + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
  }

  /**
   * The secret of a stored value: opened when sealed, as it is when it predates sealing.
   *
   * @throws SecretUnavailableException when the value was sealed under another key or is damaged
   */
  public String open(String stored) {
    if (!isSealed(stored)) {
      return stored;
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String sealedUnder = colon < 0 ? "" : rest.substring(0, colon);
    if (!sealedUnder.equals(keyId)) {
      throw new SecretUnavailableException(
          "the webhook's secret was sealed under key "
              + (sealedUnder.isEmpty() ? "(none named)" : sealedUnder)
              + ", this registry's key is "
              + keyId
              + "; start every instance with the same audit log key file, or register the"
              + " webhook again");
    }
    byte[] data;
    try {
      data = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw damaged();
    }
    if (data.length < NONCE_BYTES + TAG_BITS / 8) {
      throw damaged();
    }
    byte[] nonce = java.util.Arrays.copyOf(data, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(data, NONCE_BYTES, data.length);
    try {
      return new String(crypt(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.UTF_8);
    } catch (IllegalStateException e) {
      throw damaged();
    }
  }

  /** Whether a stored value is sealed (as opposed to plain text from before sealing). */
  public static boolean isSealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  /**
   * Seals every webhook secret still stored as plain text; returns how many it sealed. Safe to run
   * on several instances at once: a secret changed meanwhile is left to the instance that changed
   * it.
   */
  public int sealStored(Database db) {
    return db.transaction(
        tx -> {
          List<Webhook> plain = Notifications.webhooks(tx).listWithSecretNotStartingWith(PREFIX);
          int sealed = 0;
          for (Webhook webhook : plain) {
            if (Notifications.webhooks(tx)
                .replaceSecret(webhook.id(), webhook.secret(), seal(webhook.secret()))) {
              sealed++;
            }
          }
          return sealed;
        });
  }

  private static SecretUnavailableException damaged() {
    return new SecretUnavailableException(
        "the webhook's stored secret is damaged and cannot be opened; register the webhook again");
  }

  private byte[] crypt(int mode, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(ASSOCIATED);
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed: " + e.getMessage(), e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    return RegistryKeys.hmacSha256(key, data);
  }

  private static byte[] bytes(String text) {
    return RegistryKeys.bytes(text);
  }

  /** A stored secret that this registry cannot open; the message says why and what to do. */
  public static final class SecretUnavailableException extends RuntimeException {
    SecretUnavailableException(String message) {
      super(message);
    }
  }
}
