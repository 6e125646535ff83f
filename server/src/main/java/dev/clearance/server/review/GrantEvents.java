package dev.clearance.server.review;

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
import dev.clearance.store.review.AccessGrant;
import dev.clearance.store.review.GrantStatus;
import java.util.Map;

/**
 * Audit events about access grants (ACC-1, REV-3): {@code access.request}, {@code access.grant},
 * {@code access.approve}, {@code access.decline}, {@code access.revoke}. Their subject is the
 * release, so they stay sealed while it is pre-release and are revealed with it.
 */
final class GrantEvents {

  private GrantEvents() {}

  static void append(
      RegistryContext context,
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
    context
        .audit()
        .append(
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
    notify(context, tx, verb, ref, after);
  }

  /**
   * A request goes to the organization's members; a decision to the evaluator, who already knows
   * the release's name.
   */
  private static void notify(
      RegistryContext context, Repositories tx, String verb, ReleaseRef ref, AccessGrant grant) {
    ReleaseName release =
        new ReleaseName(ref.org().slug(), ref.model().name(), ref.release().versionLabel());
    String evaluator = GrantView.handle(tx, grant.evaluatorId());
    NotificationEvent event =
        verb.equals("request")
            ? NotificationEvent.about(
                NotificationKind.ACCESS_REQUESTED,
                release,
                evaluator + " asks for access to " + ref.label(),
                "Purpose: "
                    + grant.purpose()
                    + "\nApprove or decline the request: GET "
                    + release.apiPath()
                    + "/grants lists it.",
                Recipients.organization(ref.org().id()))
            : NotificationEvent.about(
                NotificationKind.ACCESS_DECIDED,
                release,
                "Your access to " + ref.label() + ": " + grant.status().code(),
                grant.status() == GrantStatus.ACTIVE
                    ? "Access is active until " + grant.expiresAt() + " (server time)."
                    : "Reason: " + grant.decisionReason(),
                Recipients.users(grant.evaluatorId()));
    context.notifier().notify(tx, event);
  }
}
