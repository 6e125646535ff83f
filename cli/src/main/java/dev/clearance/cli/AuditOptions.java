package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.artifacts.signing.AuditVerification;
import dev.clearance.artifacts.signing.AuditVerifier;
import dev.clearance.artifacts.signing.Bundle;
import dev.clearance.artifacts.signing.BundleJson;
import dev.clearance.artifacts.signing.KeyFiles;
import dev.clearance.document.InputException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The audit attestation options of {@code clearance verify} (REV-6, ACC-4): the attestation bundle
 * and the auditor's public key, given together, and optionally the audit report to compare with the
 * attested SHA-256.
 */
final class AuditOptions {

  @Option(
      names = "--attestation",
      required = true,
      paramLabel = "FILE",
      description =
          "An audit attestation (clearance attest; GET …/engagements/{id}/attestation): check"
              + " that it covers exactly this model's root digest and the audit did not fail.")
  Path attestation;

  @Option(
      names = "--auditor-key",
      required = true,
      paramLabel = "PEM",
      description = "The auditor's public key (GET /api/v1/auditors/{user}/keys).")
  Path auditorKey;

  @Option(
      names = "--audit-report",
      paramLabel = "FILE",
      description = "The audit report, to check against the attested SHA-256.")
  Path report;

  /** The attestation and the trusted key, read before the folder is hashed. */
  record Loaded(AuditVerifier verifier, Bundle bundle, String source, Optional<Path> report) {

    /**
     * Checks the attestation against {@code rootDigest}.
     *
     * @throws InputException if the report file cannot be read
     */
    AuditVerification check(String rootDigest) throws InputException {
      return verifier.verify(bundle, source, rootDigest, report);
    }
  }

  /**
   * Reads the attestation and the auditor's key.
   *
   * @throws InputException if either file is missing or malformed
   */
  Loaded load() throws InputException {
    return new Loaded(
        new AuditVerifier(KeyFiles.readPublic(auditorKey)),
        BundleJson.read(attestation),
        attestation.toString(),
        Optional.ofNullable(report));
  }

  /** The outcome as the {@code audit} member of {@code verify --format json}. */
  static ObjectNode json(ObjectMapper mapper, AuditVerification audited) {
    ObjectNode json = mapper.createObjectNode();
    json.put("verified", audited.verified());
    audited
        .predicate()
        .ifPresent(
            predicate -> {
              json.put("firm", predicate.firm());
              json.put("auditor", predicate.auditor());
              json.put("result", predicate.result().wireName());
              json.put("scope", predicate.scope());
              json.set("conditions", mapper.valueToTree(predicate.conditions()));
              json.put("reportSha256", predicate.reportSha256());
              json.put("date", predicate.date().toString());
            });
    json.set("problems", mapper.valueToTree(audited.problems()));
    json.set("matches", mapper.valueToTree(audited.confirmed()));
    return json;
  }
}
