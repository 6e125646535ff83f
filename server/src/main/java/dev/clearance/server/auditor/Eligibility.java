package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.ApprovalStatus;
import dev.clearance.store.auditor.AuditFirm;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.ConflictDeclaration;
import dev.clearance.store.identity.Organization;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an auditor may audit a release of an organization now (REV-6): the auditor and their firm
 * are approved and active, the auditor is not a member of the organization, and neither has a
 * declared conflict toward it that counts at the server's time. Checked when an engagement is
 * requested, accepted and attested, and again whenever the approval guard asks.
 *
 * @param code the error code of the refusal: {@code auditor_not_active}, {@code firm_not_active} or
 *     {@code auditor_conflicted}
 * @param message what stands in the way, naming the auditor, the kind of conflict and the
 *     organization
 */
record Eligibility(String code, String message, Map<String, Object> details) {

  /** The reason {@code auditor} may not audit for {@code org} now, or empty when they may. */
  static Optional<Eligibility> problem(
      Repositories tx, Auditor auditor, Organization org, Instant now) {
    String handle = Lookups.handle(tx, auditor.userId());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("auditor", handle);
    if (auditor.status() != ApprovalStatus.ACTIVE) {
      details.put("status", auditor.status().code());
      return Optional.of(
          new Eligibility(
              "auditor_not_active",
              "auditor '"
                  + handle
                  + "' is "
                  + auditor.status().code()
                  + reason(auditor.statusReason()),
              details));
    }
    AuditFirm firm = Auditors.firms(tx).find(auditor.firmId()).orElseThrow();
    details.put("firm", firm.slug());
    if (firm.status() != ApprovalStatus.ACTIVE) {
      details.put("status", firm.status().code());
      return Optional.of(
          new Eligibility(
              "firm_not_active",
              "audit firm '"
                  + firm.slug()
                  + "' of auditor '"
                  + handle
                  + "' is "
                  + firm.status().code()
                  + reason(firm.statusReason()),
              details));
    }
    details.put("organization", org.slug());
    if (tx.memberships().find(auditor.userId(), org.id()).isPresent()) {
      details.put("kind", "membership");
      return Optional.of(
          new Eligibility(
              "auditor_conflicted",
              "auditor '" + handle + "' is a member of '" + org.slug() + "'",
              details));
    }
    Optional<ConflictDeclaration> conflict =
        ConflictCheck.counting(tx, auditor.userId(), firm.id(), org.id(), now);
    if (conflict.isPresent()) {
      details.put("kind", conflict.get().kind().code());
      details.put("party", conflict.get().party().code());
      details.put("conflict", conflict.get().id());
      return Optional.of(
          new Eligibility(
              "auditor_conflicted",
              "auditor '"
                  + handle
                  + "' has a conflict of interest with '"
                  + org.slug()
                  + "': "
                  + ConflictCheck.describe(tx, conflict.get()),
              details));
    }
    return Optional.empty();
  }

  /**
   * Returns normally when {@code auditor} may audit for {@code org} now.
   *
   * @throws ApiException 409 with this class's code, the reason, and what to do
   */
  static void require(Repositories tx, Auditor auditor, Organization org, Instant now) {
    Optional<Eligibility> problem = problem(tx, auditor, org, now);
    if (problem.isPresent()) {
      throw ApiException.conflict(
          problem.get().code(),
          problem.get().message(),
          problem.get().details(),
          problem.get().hint());
    }
  }

  /** What to do about it. */
  String hint() {
    return switch (code) {
      case "auditor_conflicted" ->
          "Engage another approved auditor without a conflict (firms and auditors: GET"
              + " /api/v1/audit-firms). Ownership, funding and employment count while declared; a"
              + " paid engagement stops counting 12 months after it ended.";
      default ->
          "Only active auditors of active firms take engagements and attest; engage another"
              + " approved auditor, or ask a steward about the suspension.";
    };
  }

  private static String reason(String reason) {
    return reason == null ? "" : " (" + reason + ")";
  }
}
