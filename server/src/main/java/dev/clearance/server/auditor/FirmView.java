package dev.clearance.server.auditor;

import dev.clearance.store.auditor.AuditFirm;
import java.util.List;

/**
 * An audit firm as the API shows it (public).
 *
 * @param status {@code active}, {@code suspended} or {@code revoked}
 * @param statusReason the steward's reason for the last change of status, absent if none
 * @param auditors the firm's auditors, whatever their status
 * @param revision optimistic-concurrency version (send as {@code If-Match})
 */
public record FirmView(
    String slug,
    String name,
    String website,
    String description,
    String status,
    String statusReason,
    String approvedAt,
    String updatedAt,
    List<AuditorView> auditors,
    long revision) {

  public FirmView {
    auditors = List.copyOf(auditors);
  }

  static FirmView of(AuditFirm firm, List<AuditorView> auditors) {
    return new FirmView(
        firm.slug(),
        firm.name(),
        firm.website(),
        firm.description(),
        firm.status().code(),
        firm.statusReason(),
        firm.createdAt().toString(),
        firm.updatedAt().toString(),
        auditors,
        firm.version());
  }
}
