package dev.clearance.artifacts.signing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;

/** Signs in-toto statements into DSSE envelopes inside Sigstore bundles with a key pair. */
public final class BundleSigner {

  private final KeyPair keys;

  /** A signer with the given key pair (Ed25519 or EC). */
  public BundleSigner(KeyPair keys) {
    this.keys = keys;
  }

  /**
   * The signed bundle: signature over the PAE of the statement JSON, key hint of the public key.
   */
  public Bundle sign(Statement statement) {
    byte[] payload = statement.toJson();
    byte[] signature =
        Signatures.sign(keys.getPrivate(), Pae.encode(Statement.PAYLOAD_TYPE, payload));
    return new Bundle(Statement.PAYLOAD_TYPE, payload, signature, keyHint(keys.getPublic()), "");
  }

  /** The key hint: lowercase hex SHA-256 of the public key's PEM text, as in OMS bundles. */
  public static String keyHint(PublicKey key) {
    try {
      byte[] pem = KeyFiles.publicPem(key).getBytes(StandardCharsets.US_ASCII);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pem));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException(missing);
    }
  }
}
