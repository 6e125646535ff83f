package dev.clearance.server.auditor;

import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditFirm;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.Engagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an auditor reads about their own work (REV-6, ACC-4), for the API ({@code GET
 * /api/v1/me/engagements}, {@code GET /api/v1/audit-firms/{firm}/conflicts}, {@code GET
 * /api/v1/auditors/{user}/keys}) and the auditor's web page alike.
 */
public final class AuditorReads {

  private AuditorReads() {}

  /** The caller's engagements with their release, report and attestations, oldest first. */
  public static EngagementPage engagements(Repositories tx, Principal caller, PageRequest request) {
    Page<Engagement> found =
        Auditors.engagements(tx).listByAuditor(caller.requireUserId(), request);
    return new EngagementPage(
        found.items().stream()
            .map(e -> EngagementView.of(tx, e, Lookups.release(tx, e.releaseId())))
            .toList(),
        found.next().orElse(null));
  }

  /** The slug of the firm that approved the caller as an auditor, absent when none did. */
  public static Optional<String> firmOf(Repositories tx, Principal caller) {
    return Auditors.auditors(tx)
        .find(caller.requireUserId())
        .map(auditor -> Lookups.firmSlug(tx, auditor.firmId()));
  }

  /**
   * The conflicts declared by the caller's firm and its auditors, withdrawn ones included, oldest
   * first; empty when no firm approved the caller.
   */
  public static ConflictList conflicts(Repositories tx, Principal caller, Instant now) {
    Optional<Auditor> auditor = Auditors.auditors(tx).find(caller.requireUserId());
    if (auditor.isEmpty()) {
      return new ConflictList(List.of());
    }
    return conflictsOf(tx, Auditors.firms(tx).find(auditor.get().firmId()).orElseThrow(), now);
  }

  /** The caller's own signing keys, revoked ones included. */
  public static AuditorKeyList keys(Repositories tx, Principal caller) {
    return new AuditorKeyList(
        Auditors.keys(tx).listByAuditor(caller.requireUserId()).stream()
            .map(AuditorKeyView::of)
            .toList());
  }

  static ConflictList conflictsOf(Repositories tx, AuditFirm firm, Instant now) {
    List<String> parties = new ArrayList<>(List.of(firm.id()));
    Auditors.auditors(tx).listByFirm(firm.id()).forEach(a -> parties.add(a.userId()));
    return new ConflictList(
        Auditors.conflicts(tx).listByParties(parties).stream()
            .map(declared -> ConflictHandlers.view(tx, declared, now))
            .toList());
  }
}
