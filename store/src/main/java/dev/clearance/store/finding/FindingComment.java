package dev.clearance.store.finding;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment or follow-up on a finding.
 *
 * @param attachmentId an attachment of the same finding by the same author, or null
 */
public record FindingComment(
    String id,
    String findingId,
    String authorId,
    String body,
    String attachmentId,
    Instant createdAt) {

  public FindingComment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
