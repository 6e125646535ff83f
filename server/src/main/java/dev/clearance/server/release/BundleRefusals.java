package dev.clearance.server.release;

import dev.clearance.document.InputException;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.signing.SigningKey;
import java.util.Map;

/**
 * The 422 answers of a signature bundle that does not verify at check time, each saying what
 * failed, where ({@code details.file}) and how to fix it (sign again, register the key).
 */
final class BundleRefusals {

  private BundleRefusals() {}

  static String registerHint(Organization org) {
    return "An admin of '"
        + org.slug()
        + "' registers the signer's public key (PUT /api/v1/orgs/"
        + org.slug()
        + "/keys/{name} with {\"publicKeyPem\": \"<public.pem>\"}); or sign again with a key"
        + " listed at GET /api/v1/orgs/"
        + org.slug()
        + "/keys and upload the new bundle.";
  }

  static ApiException badSignature(
      String source, String message, SigningKey key, Organization org) {
    return refused(
        "bad_signature",
        message + " (registered key '" + key.name() + "' of '" + org.slug() + "')",
        Map.of("file", source, "key", key.name()),
        "Upload the bundle exactly as `clearance sign` wrote it; if it was, sign the model folder"
            + " again with the private key of '"
            + key.name()
            + "' and upload the new bundle.");
  }

  static ApiException invalidBundle(String source, InputException malformed) {
    return refused(
        "invalid_bundle",
        malformed.getMessage(),
        Map.of("file", source),
        malformed.hint().isEmpty()
            ? "Upload the model.sig that `clearance sign FOLDER --key private.pem --out model.sig`"
                + " wrote (an OMS v1.0 Sigstore bundle)."
            : malformed.hint());
  }

  static ApiException refused(
      String code, String message, Map<String, Object> details, String hint) {
    return new ApiException(422, new ApiError(code, message, details, hint));
  }
}
