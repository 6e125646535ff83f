package dev.clearance.store.finding;

import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a finding (evidence or a follow-up); its bytes are in the blob store under
 * {@code sha256}.
 *
 * @param name the file name the uploader gave
 * @param size in bytes
 */
public record FindingAttachment(
    String id,
    String findingId,
    String uploadedBy,
    String name,
    String sha256,
    long size,
    Instant createdAt) {

  public FindingAttachment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(uploadedBy, "uploadedBy");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
