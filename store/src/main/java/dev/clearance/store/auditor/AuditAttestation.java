package dev.clearance.store.auditor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An audit attestation the registry verified when the auditor filed it (REV-6, ACC-4): signed with
 * the auditor's registered key, for the engagement's release, its report the engagement's report.
 * The signed bundle itself is in the blob store under {@code bundleSha256}.
 *
 * @param keyId the {@link AuditorKey} whose signature verified
 * @param rootDigest the OMS root digest the attestation covers (its subject)
 * @param result {@code pass}, {@code pass_with_conditions} or {@code fail}
 * @param conditions the attested conditions, one line each
 * @param reportSha256 the attested report's SHA-256
 * @param attestedOn the day the auditor signed it (from the predicate)
 * @param createdAt when the registry accepted it
 */
public record AuditAttestation(
    String id,
    String engagementId,
    String releaseId,
    String keyId,
    String bundleSha256,
    String rootDigest,
    String result,
    String scope,
    List<String> conditions,
    String reportSha256,
    LocalDate attestedOn,
    Instant createdAt) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * @throws IllegalArgumentException for a digest that is not 64 lowercase hex characters, or a
   *     condition with a line break
   */
  public AuditAttestation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(engagementId, "engagementId");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(attestedOn, "attestedOn");
    Objects.requireNonNull(createdAt, "createdAt");
    for (String digest : new String[] {bundleSha256, rootDigest, reportSha256}) {
      if (digest == null || !HEX64.matcher(digest).matches()) {
        throw new IllegalArgumentException("digests must be 64 lowercase hex characters");
      }
    }
    conditions = List.copyOf(conditions);
    for (String condition : conditions) {
      if (condition.indexOf('\n') >= 0 || condition.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a condition has a line break");
      }
    }
  }
}
