package dev.clearance.server.release;

import dev.clearance.artifacts.signing.AttestationType;
import dev.clearance.artifacts.signing.BundleVerifier;
import dev.clearance.artifacts.signing.DocumentAttestations;
import dev.clearance.artifacts.signing.Statement;
import dev.clearance.artifacts.signing.VerificationException;
import dev.clearance.document.InputException;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.ReleaseFile;
import dev.clearance.store.signing.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks a card or report attestation uploaded next to a verified model bundle (docs/signing.md,
 * "Binding the card and the check report"): signed by the same key, of the expected predicate type,
 * its subject the model's root digest, and the uploaded document of the attested name with the
 * attested SHA-256. A card attestation needs its card uploaded; a report attestation whose report
 * was not uploaded is recorded as checked by signature only.
 */
final class AttestationCheck {

  private final BundleCheck bundles;

  AttestationCheck(BundleCheck bundles) {
    this.bundles = bundles;
  }

  /**
   * @return what was confirmed, e.g. {@code card README.md}
   * @throws ApiException 422 when the attestation does not verify or does not match
   * @throws IOException when the stored attestation cannot be read
   */
  String check(
      AttestationType type,
      ReleaseFile file,
      SigningKey key,
      Organization org,
      Statement model,
      Map<String, ReleaseFile> byName)
      throws IOException {
    String source = file.name();
    Statement statement;
    try {
      statement = new BundleVerifier(SigningKeys.publicKey(key)).verify(bundles.read(file), source);
    } catch (VerificationException bad) {
      throw BundleRefusals.badSignature(source, bad.getMessage(), key, org);
    } catch (InputException malformed) {
      throw BundleRefusals.invalidBundle(source, malformed);
    }
    String signAgain =
        "Sign again with `clearance sign FOLDER --key private.pem --card FOLDER/README.md --out"
            + " model.sig` and upload model.sig and its attestations together.";
    if (!type.predicateType().equals(statement.predicateType())
        || !statement.subjectSha256().equals(model.subjectSha256())) {
      throw BundleRefusals.refused(
          "attestation_mismatch",
          source
              + " is not a "
              + type.word()
              + " attestation of the signed model (predicate type "
              + statement.predicateType()
              + ", subject "
              + statement.subjectSha256()
              + "; the model's root digest is "
              + model.subjectSha256()
              + ")",
          Map.of("file", source),
          signAgain);
    }
    String name = DocumentAttestations.documentName(statement);
    ReleaseFile document = byName.get(name);
    if (document == null) {
      if (type == AttestationType.CARD) {
        throw BundleRefusals.refused(
            "attestation_mismatch",
            source + " attests the card '" + name + "', which was not uploaded",
            Map.of("file", source, "document", name),
            "Upload the card " + name + " as signed.");
      }
      return type.word() + " " + name + " (signature only; the document was not uploaded)";
    }
    String signedSha = DocumentAttestations.documentSha256(statement);
    if (!document.sha256().equals(signedSha)) {
      throw BundleRefusals.refused(
          "attestation_mismatch",
          "the "
              + type.word()
              + " "
              + name
              + " does not match the signed one in "
              + source
              + ": sha256 "
              + document.sha256()
              + " uploaded, "
              + signedSha
              + " signed",
          Map.of("file", name, "bundle", source),
          "Upload the " + type.word() + " exactly as it was signed. " + signAgain);
    }
    return type.word() + " " + name;
  }

  /** The uploaded path of an attestation next to the bundle: {@code model.sig.card.json}. */
  static String besides(AttestationType type, String bundlePath) {
    int slash = bundlePath.lastIndexOf('/');
    String folder = slash < 0 ? "" : bundlePath.substring(0, slash + 1);
    String name = bundlePath.substring(slash + 1);
    return folder + type.besides(Path.of(name)).getFileName().toString();
  }
}
