package dev.clearance.artifacts.signing;

import dev.clearance.document.InputException;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * Checks a bundle's signature with a trusted public key, offline, and returns the signed statement.
 * Accepts the standard DSSE PAE and, for signatures made by OMS reference releases before v1.0, its
 * legacy encoding.
 */
public final class BundleVerifier {

  private final PublicKey key;

  /** A verifier trusting exactly this key. */
  public BundleVerifier(PublicKey key) {
    this.key = key;
  }

  /**
   * Verifies the bundle and parses its statement.
   *
   * @param source names the bundle in messages
   * @throws VerificationException if the key hint or embedded key names another key, or the
   *     signature does not verify
   * @throws InputException if the payload is not an in-toto statement (after a valid signature)
   */
  public Statement verify(Bundle bundle, String source)
      throws VerificationException, InputException {
    if (!Statement.PAYLOAD_TYPE.equals(bundle.payloadType())) {
      throw new VerificationException(
          source
              + ": payload type is '"
              + bundle.payloadType()
              + "', expected '"
              + Statement.PAYLOAD_TYPE
              + "'");
    }
    String expectedHint = BundleSigner.keyHint(key);
    if (!bundle.keyHint().isEmpty() && !bundle.keyHint().equals(expectedHint)) {
      throw new VerificationException(
          source
              + ": signed by another key (bundle key hint "
              + bundle.keyHint()
              + ", given key "
              + expectedHint
              + ")");
    }
    if (!bundle.rawPublicKeyPem().isEmpty()) {
      byte[] embedded = KeyFiles.decodePem(bundle.rawPublicKeyPem(), "PUBLIC KEY", source);
      if (!Arrays.equals(embedded, key.getEncoded())) {
        throw new VerificationException(source + ": the bundle's public key is not the given key");
      }
    }
    byte[] payload = bundle.payload();
    boolean valid =
        Signatures.verify(key, Pae.encode(bundle.payloadType(), payload), bundle.signature())
            || Signatures.verify(
                key, Pae.encodeLegacy(bundle.payloadType(), payload), bundle.signature());
    if (!valid) {
      throw new VerificationException(
          source + ": the signature does not verify with the given key");
    }
    return Statement.parse(payload, source);
  }
}
