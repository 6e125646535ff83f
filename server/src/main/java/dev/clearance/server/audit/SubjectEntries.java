package dev.clearance.server.audit;

import java.util.List;
import java.util.Objects;

/**
 * The audit log entries about one subject, each with its inclusion proof in the tree of {@code
 * size} leaves, and the signed checkpoint of that size: everything a reader needs to check that
 * these entries are in the log everyone sees.
 *
 * @param checkpoint the signed checkpoint note of tree size {@code size}
 */
public record SubjectEntries(
    String subject, long size, String checkpoint, List<ProvenEntry> items) {

  public SubjectEntries {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(checkpoint, "checkpoint");
    items = List.copyOf(items);
  }

  /** One entry and its inclusion proof. */
  public record ProvenEntry(LogEntry entry, InclusionProofBody proof) {
    public ProvenEntry {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(proof, "proof");
    }
  }
}
