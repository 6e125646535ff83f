package dev.clearance.server.review;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.release.ReleaseEvents;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.store.Repositories;
import dev.clearance.store.review.AccessGrant;
import java.util.Map;

/**
 * Audit events about access grants (ACC-1, REV-3): {@code access.request}, {@code access.grant},
 * {@code access.approve}, {@code access.decline}, {@code access.revoke}. Their subject is the
 * release, so they stay sealed while it is pre-release and are revealed with it.
 */
final class GrantEvents {

  private GrantEvents() {}

  static void append(
      AuditLog audit,
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      String before,
      AccessGrant after,
      String reason) {
    Map<String, Object> details = ReleaseEvents.names(ref);
    details.put("grant", after.id());
    details.put("evaluator", GrantView.handle(tx, after.evaluatorId()));
    if (after.expiresAt() != null) {
      details.put("expiresAt", after.expiresAt().toString());
    }
    audit.append(
        tx,
        new AuditEvent(
            actor,
            "access." + verb,
            ref.release().id(),
            before,
            after.status().code(),
            reason,
            details,
            !ReleaseVisibility.everPublic(tx, ref.release())));
  }
}
