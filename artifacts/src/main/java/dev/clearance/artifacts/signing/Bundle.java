package dev.clearance.artifacts.signing;

import java.util.Objects;

/**
 * A Sigstore bundle (v0.3) holding one DSSE envelope and public-key verification material, the OMS
 * signature file format.
 *
 * @param payloadType the DSSE payload type
 * @param payload the signed payload bytes (the statement JSON)
 * @param signature the signature over {@link Pae#encode}
 * @param keyHint lowercase hex SHA-256 of the signer's public key PEM, or empty
 * @param rawPublicKeyPem the signer's public key PEM as older bundles carry it, or empty
 */
public record Bundle(
    String payloadType, byte[] payload, byte[] signature, String keyHint, String rawPublicKeyPem) {

  /** The bundle media type written and read. */
  public static final String MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";

  public Bundle {
    Objects.requireNonNull(payloadType, "payloadType");
    payload = payload.clone();
    signature = signature.clone();
    keyHint = keyHint == null ? "" : keyHint;
    rawPublicKeyPem = rawPublicKeyPem == null ? "" : rawPublicKeyPem;
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }
}
