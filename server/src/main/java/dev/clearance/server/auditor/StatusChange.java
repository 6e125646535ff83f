package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.auditor.ApprovalStatus;
import java.util.Map;

/**
 * A steward's change of the approval of a firm or an auditor (REV-6): the new status, the reason
 * that goes into the audit log, and the audit verb ({@code suspend}, {@code revoke}, {@code
 * reinstate}). Revocation is final.
 */
record StatusChange(ApprovalStatus status, String reason) {

  /**
   * The change a {@link StatusRequest} asks for.
   *
   * @throws ApiException 400 for an unknown status or a missing reason
   */
  static StatusChange of(StatusRequest request) {
    ApprovalStatus status;
    try {
      status = ApprovalStatus.fromCode(request.status());
    } catch (IllegalArgumentException e) {
      throw Fields.invalid("status", e.getMessage());
    }
    return new StatusChange(status, Fields.text("reason", request.reason(), 2000, true));
  }

  /**
   * The audit verb for moving from {@code current} to this status, or empty text when nothing
   * changes.
   *
   * @param what names the firm or auditor in the refusal
   * @throws ApiException 409 {@code revoked} when {@code current} is revoked (final)
   */
  String verbFrom(ApprovalStatus current, String what) {
    if (current == status) {
      return "";
    }
    if (current == ApprovalStatus.REVOKED) {
      throw ApiException.conflict(
          "revoked",
          what + " was revoked; a revocation is final",
          Map.of("status", current.code()),
          "A revocation cannot be undone; nothing was changed.");
    }
    return switch (status) {
      case ACTIVE -> "reinstate";
      case SUSPENDED -> "suspend";
      case REVOKED -> "revoke";
    };
  }
}
