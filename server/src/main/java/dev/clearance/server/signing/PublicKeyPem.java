package dev.clearance.server.signing;

import dev.clearance.artifacts.signing.BundleSigner;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.document.InputException;
import dev.clearance.server.http.ApiException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;

/**
 * A public key registered for signing, decoded from the PEM an organization sends: Ed25519 or ECDSA
 * P-256 as {@code clearance keygen} writes them ({@code -----BEGIN PUBLIC KEY-----},
 * SubjectPublicKeyInfo). Stored in canonical PEM, whose SHA-256 is the OMS bundle key hint.
 *
 * @param key the decoded key
 * @param algorithm {@code ed25519} or {@code ecdsa-p256}
 * @param canonicalPem the key re-encoded as {@code clearance keygen} writes it
 * @param keyHint lowercase hex SHA-256 of {@code canonicalPem}
 */
public record PublicKeyPem(PublicKey key, String algorithm, String canonicalPem, String keyHint) {

  /** Longest PEM accepted (a P-256 or Ed25519 key is under 200 characters). */
  static final int MAX_CHARACTERS = 8192;

  private static final String HINT =
      "Send the public.pem that `clearance keygen --type ed25519|p256 --out DIR` wrote: {\"publicKeyPem\":"
          + " \"-----BEGIN PUBLIC KEY-----\\n...\\n-----END PUBLIC KEY-----\\n\"}. Never send the"
          + " private key.";

  /**
   * Decodes {@code text}.
   *
   * @throws ApiException 400 {@code invalid_key} naming the problem: missing, too long, a private
   *     key, not a PEM public key block, broken base64, not a key, or another algorithm
   */
  public static PublicKeyPem parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("field 'publicKeyPem' is missing or empty");
    }
    if (text.length() > MAX_CHARACTERS) {
      throw invalid(
          "publicKeyPem is " + text.length() + " characters; at most " + MAX_CHARACTERS + " fit");
    }
    if (text.contains("PRIVATE KEY-----")) {
      throw invalid(
          "publicKeyPem holds a private key; treat that key as exposed and create a new pair");
    }
    byte[] der;
    PublicKey key;
    try {
      der = KeyFiles.decodePem(text, "PUBLIC KEY", "publicKeyPem");
    } catch (InputException e) {
      throw invalid("publicKeyPem: " + e.problem());
    }
    try {
      key = KeyFiles.decodePublic(der, "publicKeyPem");
    } catch (InputException e) {
      if (isRsa(der)) {
        throw invalid(
            "publicKeyPem is an RSA key; only Ed25519 and ECDSA P-256 keys can be registered");
      }
      throw invalid("publicKeyPem: " + e.problem());
    }
    String algorithm = algorithm(key);
    String pem = KeyFiles.publicPem(key);
    return new PublicKeyPem(key, algorithm, pem, BundleSigner.keyHint(key));
  }

  private static String algorithm(PublicKey key) {
    if (key instanceof EdECPublicKey ed && "Ed25519".equals(ed.getParams().getName())) {
      return "ed25519";
    }
    if (key instanceof ECPublicKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      if (bits == 256) {
        return "ecdsa-p256";
      }
      throw invalid(
          "publicKeyPem is an ECDSA key on a "
              + bits
              + "-bit curve; only Ed25519 and ECDSA P-256 keys can be registered");
    }
    throw invalid(
        "publicKeyPem is a "
            + key.getAlgorithm()
            + " key; only Ed25519 and ECDSA P-256 keys can be registered");
  }

  private static boolean isRsa(byte[] der) {
    try {
      KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
      return true;
    } catch (GeneralSecurityException notRsa) {
      return false;
    }
  }

  private static ApiException invalid(String message) {
    return ApiException.badRequest("invalid_key", message, Map.of("field", "publicKeyPem"), HINT);
  }
}
