package dev.clearance.server.auditor;

import dev.clearance.store.auditor.AuditAttestation;
import dev.clearance.store.auditor.AuditorKey;
import java.util.List;
import java.util.Optional;

/**
 * A verified audit attestation as the API shows it; the signed bundle is at {@code
 * …/engagements/{engagement}/attestation}.
 *
 * @param result {@code pass}, {@code pass_with_conditions} or {@code fail}
 * @param rootDigest the OMS root digest it covers
 * @param current whether that is the release's current root digest
 * @param key the name of the auditor's key that verified it
 * @param date the day the auditor signed it
 * @param filedAt when the registry accepted it
 */
public record AttestationView(
    String id,
    String result,
    String scope,
    List<String> conditions,
    String rootDigest,
    boolean current,
    String reportSha256,
    String key,
    String bundleSha256,
    String date,
    String filedAt) {

  public AttestationView {
    conditions = List.copyOf(conditions);
  }

  static AttestationView of(AuditAttestation attestation, String currentRoot, String keyName) {
    return new AttestationView(
        attestation.id(),
        attestation.result(),
        attestation.scope(),
        attestation.conditions(),
        attestation.rootDigest(),
        attestation.rootDigest().equals(currentRoot),
        attestation.reportSha256(),
        keyName,
        attestation.bundleSha256(),
        attestation.attestedOn().toString(),
        attestation.createdAt().toString());
  }

  static String keyName(Optional<AuditorKey> key) {
    return key.map(AuditorKey::name).orElse("unknown");
  }
}
