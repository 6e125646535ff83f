package dev.clearance.store.evaluator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A conflict of interest an applicant declared: with an organization of the registry, with a party
 * described in free text, or both.
 *
 * @param orgId the organization's id, or {@code null} when the party is not in the registry
 * @param description free text (who, what), or {@code null} when {@code orgId} says it all
 * @param engagedOn when the paid engagement took place; required for {@link
 *     ConflictKind#PAID_ENGAGEMENT}, optional otherwise
 */
public record DeclaredConflict(
    ConflictKind kind, String orgId, String description, LocalDate engagedOn) {

  /**
   * @throws IllegalArgumentException when neither an organization nor a description is given, or a
   *     paid engagement has no date
   */
  public DeclaredConflict {
    Objects.requireNonNull(kind, "kind");
    if (orgId == null && (description == null || description.isBlank())) {
      throw new IllegalArgumentException("a conflict names an organization or describes a party");
    }
    if (kind == ConflictKind.PAID_ENGAGEMENT && engagedOn == null) {
      throw new IllegalArgumentException("a paid engagement needs its date");
    }
  }
}
