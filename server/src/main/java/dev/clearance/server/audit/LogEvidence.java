package dev.clearance.server.audit;

import java.util.List;
import java.util.Objects;

/**
 * Everything an adopter needs to check offline what the registry's log says about one subject
 * (ACC-4): the entries about it with their inclusion proofs and the signed checkpoint they prove to
 * (as {@link SubjectEntries}), plus the log's origin and the verifier key that signs its
 * checkpoints. The key is only a convenience: an adopter pins it from a trusted source ({@code GET
 * /api/v1/log/key} once) and compares.
 *
 * @param checkpoint the signed checkpoint note of tree size {@code size}
 * @param origin the checkpoints' origin line
 * @param verifierKey the C2SP note verifier key of the log
 */
public record LogEvidence(
    String subject,
    long size,
    String checkpoint,
    List<SubjectEntries.ProvenEntry> items,
    String origin,
    String verifierKey) {

  public LogEvidence {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(verifierKey, "verifierKey");
    items = List.copyOf(items);
  }

  /** The evidence about {@code entries}' subject in {@code log}. */
  public static LogEvidence of(SubjectEntries entries, LedgerAuditLog log) {
    return new LogEvidence(
        entries.subject(),
        entries.size(),
        entries.checkpoint(),
        entries.items(),
        log.origin(),
        log.verifierKey());
  }
}
