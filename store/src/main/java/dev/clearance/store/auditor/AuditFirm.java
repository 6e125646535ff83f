package dev.clearance.store.auditor;

import java.time.Instant;
import java.util.Objects;

/**
 * An audit firm approved by a steward (REV-6): public facts only.
 *
 * @param slug the firm's name in URLs and attestations, e.g. {@code northwind-audit}
 * @param name its display name
 * @param website its public website (https URL)
 * @param description what the firm audits, in words
 * @param statusReason the steward's reason for the last change of status, or {@code null}
 * @param version optimistic-concurrency version, 1 when created
 */
public record AuditFirm(
    String id,
    String slug,
    String name,
    String website,
    String description,
    ApprovalStatus status,
    String statusReason,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public AuditFirm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(website, "website");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
