package dev.clearance.server.auditor;

import dev.clearance.store.auditor.Auditor;

/**
 * An auditor as the API shows it (public: handle, firm and standing, no contact data).
 *
 * @param auditor the user's handle
 * @param firm the firm's slug
 * @param status {@code active}, {@code suspended} or {@code revoked}
 * @param statusReason the steward's reason for the last change of status, absent if none
 * @param revision optimistic-concurrency version (send as {@code If-Match})
 */
public record AuditorView(
    String auditor,
    String firm,
    String status,
    String statusReason,
    String approvedAt,
    String updatedAt,
    long revision) {

  static AuditorView of(Auditor auditor, String handle, String firmSlug) {
    return new AuditorView(
        handle,
        firmSlug,
        auditor.status().code(),
        auditor.statusReason(),
        auditor.createdAt().toString(),
        auditor.updatedAt().toString(),
        auditor.version());
  }
}
