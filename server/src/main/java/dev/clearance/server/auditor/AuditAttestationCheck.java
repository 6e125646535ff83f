package dev.clearance.server.auditor;

import dev.clearance.artifacts.signing.AuditAttestations;
import dev.clearance.artifacts.signing.AuditPredicate;
import dev.clearance.artifacts.signing.Bundle;
import dev.clearance.artifacts.signing.BundleVerifier;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.artifacts.signing.Statement;
import dev.clearance.artifacts.signing.VerificationException;
import dev.clearance.document.InputException;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.store.auditor.AuditorKey;
import dev.clearance.store.auditor.Engagement;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies an audit attestation an auditor files for an engagement (REV-6, ACC-4): signed with one
 * of the auditor's registered, unrevoked keys; an audit predicate naming the engagement's firm and
 * auditor; its subject exactly the release's current root digest; its report the engagement's
 * report. Every failure is a 422 naming what differs and what to do.
 *
 * @param source names the attestation in messages
 */
record AuditAttestationCheck(String source) {

  /** What verified: the key and the statement's facts. */
  record Verified(AuditorKey key, String rootDigest, AuditPredicate predicate) {}

  /**
   * @param keys every key of the engagement's auditor, revoked ones included
   * @param rootDigest the release's current root digest
   * @param firm the slug of the engagement's firm
   * @param auditor the auditor's handle
   */
  Verified verify(
      Bundle bundle,
      List<AuditorKey> keys,
      Engagement engagement,
      String rootDigest,
      String firm,
      String auditor) {
    AuditorKey key = signer(bundle, keys);
    Statement statement;
    AuditPredicate predicate;
    try {
      statement = new BundleVerifier(publicKey(key)).verify(bundle, source);
      predicate = AuditAttestations.predicate(statement, source);
    } catch (VerificationException bad) {
      throw refused(
          "bad_signature",
          bad.getMessage(),
          Map.of("key", key.name()),
          "Sign the attestation with the private key of your registered key '"
              + key.name()
              + "': clearance attest FOLDER --key private.pem … --out audit.sig.");
    } catch (InputException malformed) {
      throw refused(
          "invalid_attestation",
          malformed.getMessage(),
          Map.of(),
          "Create the attestation with clearance attest; its predicate type is "
              + AuditAttestations.PREDICATE_TYPE
              + ".");
    }
    if (!predicate.firm().equals(firm) || !predicate.auditor().equals(auditor)) {
      throw refused(
          "attestation_mismatch",
          "the attestation names auditor '"
              + predicate.auditor()
              + "' of firm '"
              + predicate.firm()
              + "'; this engagement is of auditor '"
              + auditor
              + "' of firm '"
              + firm
              + "'",
          Map.of("firm", firm, "auditor", auditor),
          "Create it again with --firm " + firm + " --auditor " + auditor + ".");
    }
    if (!statement.subjectSha256().equals(rootDigest)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("attested", statement.subjectSha256());
      details.put("rootDigest", rootDigest);
      throw refused(
          "wrong_digest",
          "the attestation covers root digest "
              + statement.subjectSha256()
              + ", but the release's current root digest is "
              + rootDigest,
          details,
          "Attest the model folder as it is now (clearance digest FOLDER prints "
              + rootDigest
              + " for it); the files changed since you attested, or it is another model.");
    }
    if (!predicate.reportSha256().equals(engagement.reportSha256())) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("attested", predicate.reportSha256());
      details.put("filed", engagement.reportSha256());
      throw refused(
          "report_mismatch",
          "the attestation names a report with sha256 "
              + predicate.reportSha256()
              + ", the engagement's report '"
              + engagement.reportName()
              + "' has sha256 "
              + engagement.reportSha256(),
          details,
          "Attest the report you filed (clearance attest … --report FILE), or file the attested"
              + " report again.");
    }
    return new Verified(key, statement.subjectSha256(), predicate);
  }

  /** The auditor's key the bundle names (by key hint), or the one its signature verifies with. */
  private AuditorKey signer(Bundle bundle, List<AuditorKey> keys) {
    String hint = bundle.keyHint();
    List<AuditorKey> candidates =
        hint.isEmpty()
            ? keys.stream().filter(key -> !key.isRevoked()).toList()
            : keys.stream().filter(key -> key.keyHint().equals(hint)).toList();
    for (AuditorKey key : candidates) {
      if (key.isRevoked()) {
        throw refused(
            "auditor_key_revoked",
            source
                + " was signed with your key '"
                + key.name()
                + "', revoked at "
                + key.revokedAt(),
            Map.of("key", key.name()),
            "Sign with an active key; register a new one with PUT /api/v1/me/auditor-keys/{name}.");
      }
      if (hint.isEmpty() && !verifies(bundle, key)) {
        continue;
      }
      return key;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    if (!hint.isEmpty()) {
      details.put("keyHint", hint);
    }
    throw refused(
        "unknown_auditor_key",
        source
            + " was signed with a key that is not one of your registered auditor keys"
            + (hint.isEmpty() ? "" : " (key hint " + hint + ")"),
        details,
        "Register your public key first (PUT /api/v1/me/auditor-keys/{name} with the public.pem"
            + " of clearance keygen --type ed25519), then file the attestation again.");
  }

  private boolean verifies(Bundle bundle, AuditorKey key) {
    try {
      new BundleVerifier(publicKey(key)).verify(bundle, source);
      return true;
    } catch (VerificationException | InputException notThisOne) {
      return false;
    }
  }

  private static PublicKey publicKey(AuditorKey key) {
    try {
      return KeyFiles.decodePublic(
          KeyFiles.decodePem(key.publicKeyPem(), "PUBLIC KEY", key.name()), key.name());
    } catch (InputException e) {
      throw new IllegalStateException("stored auditor key " + key.id() + " is not a key", e);
    }
  }

  static ApiException refused(
      String code, String message, Map<String, Object> details, String hint) {
    return new ApiException(422, new ApiError(code, message, details, hint));
  }
}
