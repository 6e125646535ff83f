package dev.clearance.artifacts.signing;

import dev.clearance.document.InputException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an audit attestation offline against a trusted auditor key (REV-6, ACC-4): the signature,
 * the predicate type, that its subject is exactly the given model root digest, that the audit did
 * not fail, and, when the report file is given, that it has the attested SHA-256.
 */
public final class AuditVerifier {

  private final PublicKey auditorKey;

  /** A verifier trusting exactly the auditor's key. */
  public AuditVerifier(PublicKey auditorKey) {
    this.auditorKey = auditorKey;
  }

  /**
   * Verifies the attestation.
   *
   * @param source names the attestation bundle in messages
   * @param rootDigest the root digest of the model the attestation must cover
   * @param report the audit report file to compare with the attested SHA-256, if given
   * @throws InputException if the report file cannot be read
   */
  public AuditVerification verify(
      Bundle attestation, String source, String rootDigest, Optional<Path> report)
      throws InputException {
    List<String> problems = new ArrayList<>();
    List<String> confirmed = new ArrayList<>();
    Statement statement;
    AuditPredicate predicate;
    try {
      statement = new BundleVerifier(auditorKey).verify(attestation, source);
      predicate = AuditAttestations.predicate(statement, source);
    } catch (VerificationException bad) {
      problems.add("bad audit attestation signature: " + bad.getMessage());
      return new AuditVerification(Optional.empty(), problems, confirmed);
    } catch (InputException notAnAudit) {
      problems.add("not a valid audit attestation: " + notAnAudit.getMessage());
      return new AuditVerification(Optional.empty(), problems, confirmed);
    }
    if (!statement.subjectSha256().equals(rootDigest)) {
      problems.add(
          "the audit attestation covers root digest "
              + statement.subjectSha256()
              + ", this model's root digest is "
              + rootDigest);
    }
    if (predicate.result() == AuditResult.FAIL) {
      problems.add(
          "the audit by " + predicate.auditor() + " (" + predicate.firm() + ") concluded: fail");
    }
    if (report.isPresent()) {
      String actual = DocumentAttestations.sha256(report.get());
      if (actual.equals(predicate.reportSha256())) {
        confirmed.add("audit report " + predicate.reportName());
      } else {
        problems.add(
            "the audit report "
                + report.get()
                + " does not match the attested one ('"
                + predicate.reportName()
                + "'): sha256 "
                + actual
                + ", attested "
                + predicate.reportSha256());
      }
    }
    if (problems.isEmpty()) {
      confirmed.add(0, summary(predicate));
    }
    return new AuditVerification(Optional.of(predicate), problems, confirmed);
  }

  private static String summary(AuditPredicate predicate) {
    String text =
        "audit by "
            + predicate.auditor()
            + " ("
            + predicate.firm()
            + ") on "
            + predicate.date()
            + ": "
            + predicate.result().wireName();
    return predicate.conditions().isEmpty()
        ? text
        : text + " (conditions: " + String.join("; ", predicate.conditions()) + ")";
  }
}
