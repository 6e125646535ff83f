package dev.clearance.server.auditor;

import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.ConflictDeclaration;
import dev.clearance.store.auditor.ConflictParty;
import dev.clearance.store.identity.Organization;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether an auditor may audit for an organization (REV-6): neither they nor their firm may have a
 * declaration toward it that counts at the server's time ({@link ConflictDeclaration#countsAt}).
 */
final class ConflictCheck {

  private ConflictCheck() {}

  /** The first declaration of the auditor or their firm toward {@code orgId} that counts now. */
  static Optional<ConflictDeclaration> counting(
      Repositories tx, String auditorId, String firmId, String orgId, Instant now) {
    return Auditors.conflicts(tx).declaredToward(List.of(auditorId, firmId), orgId).stream()
        .filter(declaration -> declaration.countsAt(now))
        .findFirst();
  }

  /**
   * The conflict in words, e.g. {@code auditor 'alice' declared ownership of 'acme'} or {@code firm
   * 'northwind' declared a paid engagement with 'acme' that ended 2026-03-01 (it counts for 12
   * months)}.
   */
  static String describe(Repositories tx, ConflictDeclaration declaration) {
    String who =
        declaration.party() == ConflictParty.FIRM
            ? "firm '" + Lookups.firmSlug(tx, declaration.partyId()) + "'"
            : "auditor '" + Lookups.handle(tx, declaration.partyId()) + "'";
    String org =
        "'"
            + tx.organizations().find(declaration.orgId()).map(Organization::slug).orElse("unknown")
            + "'";
    return who
        + " declared "
        + switch (declaration.kind()) {
          case OWNERSHIP -> "ownership of " + org;
          case FUNDING -> "a funding relationship with " + org;
          case EMPLOYMENT -> "employment with " + org;
          case PAID_ENGAGEMENT ->
              "a paid engagement with "
                  + org
                  + " that ended "
                  + declaration.endedOn()
                  + " (it counts for "
                  + ConflictDeclaration.PAID_ENGAGEMENT_MONTHS
                  + " months after its end)";
        };
  }
}
