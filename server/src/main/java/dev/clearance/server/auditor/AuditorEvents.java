package dev.clearance.server.auditor;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseEvents;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.AuditFirm;
import dev.clearance.store.auditor.Engagement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Audit events of the auditor feature (ACC-1), appended in the caller's transaction. Decisions
 * about firms and auditors ({@code audit_firm.*}, {@code auditor.*}, {@code auditor_key.*}, {@code
 * audit_conflict.*}) are public, with the firm's or user's id as subject and no contact data.
 * Everything about an engagement ({@code engagement.*}, {@code attestation.file}) has the release's
 * id as subject and is confidential until the release has been public, like every release event.
 */
final class AuditorEvents {

  private AuditorEvents() {}

  /** {@code audit_firm.<verb>} about {@code firm}. */
  static void firm(
      RegistryContext context,
      Repositories tx,
      Principal caller,
      String verb,
      AuditFirm firm,
      String before,
      String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("firm", firm.slug());
    details.put("name", firm.name());
    details.put("website", firm.website());
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(),
                "audit_firm." + verb,
                firm.id(),
                before,
                firm.status().code(),
                reason,
                details,
                false));
  }

  /**
   * A public decision about a user as auditor: {@code action} is {@code auditor.<verb>}, {@code
   * auditor_key.<verb>} or {@code audit_conflict.<verb>}; {@code subject} the user's (or, for a
   * firm's conflict, the firm's) id.
   */
  static void person(
      RegistryContext context,
      Repositories tx,
      Principal caller,
      String action,
      String subject,
      String before,
      String after,
      String reason,
      Map<String, Object> details) {
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(), action, subject, before, after, reason, details, false));
  }

  /**
   * {@code action} ({@code engagement.<verb>} or {@code attestation.file}) about the engagement's
   * release: confidential while the release has never been public.
   */
  static void engagement(
      RegistryContext context,
      Repositories tx,
      Principal caller,
      String action,
      ReleaseRef release,
      Engagement engagement,
      String before,
      String reason,
      Map<String, Object> extra) {
    Map<String, Object> details = ReleaseEvents.names(release);
    details.put("engagement", engagement.id());
    details.put("auditor", engagement.auditorId());
    details.put("firm", engagement.firmId());
    details.putAll(extra);
    context
        .audit()
        .append(
            tx,
            new AuditEvent(
                caller.requireUserId(),
                action,
                release.release().id(),
                before,
                engagement.status().code(),
                reason,
                details,
                !ReleaseVisibility.everPublic(tx, release.release())));
  }
}
