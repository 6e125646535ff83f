package dev.clearance.server.rollout;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.release.ReleaseEvents;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.store.Repositories;
import java.util.Map;

/**
 * Audit events about staged rollouts (ACC-1, REV-6): {@code rollout.advance} and {@code
 * rollout.rollback}, with the stages before and after. Their subject is the release, so they stay
 * sealed while it is pre-release and are revealed with it.
 */
final class RolloutEvents {

  private RolloutEvents() {}

  static void append(
      AuditLog audit,
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      String fromStage,
      String toStage,
      String reason) {
    Map<String, Object> details = ReleaseEvents.names(ref);
    details.put("stage", toStage);
    audit.append(
        tx,
        new AuditEvent(
            actor,
            "rollout." + verb,
            ref.release().id(),
            fromStage,
            toStage,
            reason,
            details,
            !ReleaseVisibility.everPublic(tx, ref.release())));
  }
}
