package dev.clearance.server.rollout;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.notify.ReleaseName;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseEvents;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.store.Repositories;
import java.util.Map;
import java.util.Optional;

/**
 * Audit events about staged rollouts (ACC-1, REV-6): {@code rollout.advance} and {@code
 * rollout.rollback}, with the stages before and after. Their subject is the release, so they stay
 * sealed while it is pre-release and are revealed with it.
 */
final class RolloutEvents {

  private RolloutEvents() {}

  static void append(
      RegistryContext context,
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      String fromStage,
      String toStage,
      String reason) {
    Map<String, Object> details = ReleaseEvents.names(ref);
    details.put("stage", toStage);
    context
        .audit()
        .append(
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
    ReleaseName release =
        new ReleaseName(ref.org().slug(), ref.model().name(), ref.release().versionLabel());
    context
        .notifier()
        .notify(
            tx,
            new NotificationEvent(
                NotificationKind.ROLLOUT_STAGE_CHANGED,
                Optional.of(release),
                ref.label() + ": " + verb + " to stage " + toStage,
                "The staged rollout moved from "
                    + fromStage
                    + " to "
                    + toStage
                    + (reason == null ? "." : ". Reason: " + reason),
                release.apiPath() + "/rollout",
                Recipients.organization(ref.org().id())));
  }
}
