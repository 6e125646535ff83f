package dev.clearance.store.auditor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A conflict of interest declared by an auditor, for themselves or for their firm, toward an
 * organization (REV-6). Declarations are public disclosures.
 *
 * @param partyId the auditor's user id ({@link ConflictParty#AUDITOR}) or the firm's id ({@link
 *     ConflictParty#FIRM})
 * @param orgId the organization the conflict is with
 * @param endedOn the day a paid engagement ended (today or later while it runs); {@code null} for
 *     the other kinds
 * @param note the declarer's words, or {@code null}
 * @param declaredBy the auditor who declared it
 * @param withdrawnAt when it was withdrawn, or {@code null} while declared
 * @param version optimistic-concurrency version, 1 when created
 */
public record ConflictDeclaration(
    String id,
    ConflictParty party,
    String partyId,
    String orgId,
    ConflictKind kind,
    LocalDate endedOn,
    String note,
    String declaredBy,
    Instant createdAt,
    Instant withdrawnAt,
    long version) {

  /** How long after its end a paid engagement still counts as a conflict. */
  public static final int PAID_ENGAGEMENT_MONTHS = 12;

  /**
   * @throws IllegalArgumentException when a paid engagement has no end day, or another kind has one
   */
  public ConflictDeclaration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(partyId, "partyId");
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(createdAt, "createdAt");
    if ((kind == ConflictKind.PAID_ENGAGEMENT) != (endedOn != null)) {
      throw new IllegalArgumentException(
          "a paid engagement needs the day it ended, and only a paid engagement has one");
    }
  }

  /**
   * Whether the declaration counts as a conflict at {@code now} (the server's clock): not
   * withdrawn, and for a paid engagement ended no more than {@value #PAID_ENGAGEMENT_MONTHS} months
   * before the day of {@code now} (UTC).
   */
  public boolean countsAt(Instant now) {
    if (withdrawnAt != null) {
      return false;
    }
    if (kind != ConflictKind.PAID_ENGAGEMENT) {
      return true;
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return !endedOn.isBefore(today.minusMonths(PAID_ENGAGEMENT_MONTHS));
  }
}
