package dev.clearance.artifacts.signing;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECKey;

/**
 * Raw signatures over DSSE PAE bytes: Ed25519, or ECDSA (DER-encoded) with the hash matching the
 * curve (P-256 → SHA-256, P-384 → SHA-384, P-521 → SHA-512), as the OMS reference does.
 */
public final class Signatures {

  private Signatures() {}

  /** Signs the message with the private key. */
  public static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signature = Signature.getInstance(algorithm(key));
      signature.initSign(key);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException failure) {
      throw new IllegalStateException("cannot sign with " + key.getAlgorithm(), failure);
    }
  }

  /** Whether the signature over the message verifies with the key; false for malformed ones. */
  public static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(algorithm(key));
      signature.initVerify(key);
      signature.update(message);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException | IllegalArgumentException malformed) {
      return false;
    }
  }

  /** The key details name used in Sigstore bundles, e.g. {@code PKIX_ECDSA_P256_SHA_256}. */
  public static String keyDetails(PublicKey key) {
    if (key instanceof ECKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      return switch (bits) {
        case 256 -> "PKIX_ECDSA_P256_SHA_256";
        case 384 -> "PKIX_ECDSA_P384_SHA_384";
        default -> "PKIX_ECDSA_P521_SHA_512";
      };
    }
    return "PKIX_ED25519";
  }

  private static String algorithm(Key key) {
    if (key instanceof ECKey ec) {
      int bits = ec.getParams().getCurve().getField().getFieldSize();
      return switch (bits) {
        case 256 -> "SHA256withECDSA";
        case 384 -> "SHA384withECDSA";
        default -> "SHA512withECDSA";
      };
    }
    return "Ed25519";
  }
}
