package dev.clearance.server.incident;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Notifier;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.notify.ReleaseName;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.incident.Incident;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What follows each step of an incident: an audit-log entry {@code incident.<verb>} about the
 * release (subject: the release id; details: the incident's id, kind and severity, never the text
 * of the report, which may describe people) and the notifications of the playbook. The one place
 * where incident events happen.
 */
final class IncidentEvents {

  /** The audit actor of a report by someone not signed in. */
  static final String ANONYMOUS = "anonymous";

  private final AuditLog audit;
  private final Notifier notifier;

  IncidentEvents(AuditLog audit, Notifier notifier) {
    this.audit = audit;
    this.notifier = notifier;
  }

  /** A new report: to the organization's responders, and to the stewards when it escalates. */
  void reported(
      Repositories tx, String actor, ReleaseRef ref, Incident incident, boolean escalate) {
    append(tx, actor, "report", ref, null, incident);
    notifier.notify(
        tx,
        new NotificationEvent(
            NotificationKind.INCIDENT_REPORTED,
            Optional.of(name(ref)),
            "New " + incident.severity() + " " + incident.kind() + " report on " + label(ref),
            "Acknowledge it by "
                + incident.acknowledgeBy()
                + " and resolve it by "
                + incident.resolveBy()
                + " (server time).",
            responderPath(ref, incident),
            Recipients.organization(ref.org().id(), OrgRole.RELEASER)));
    if (escalate) {
      escalated(tx, ref, incident, "its severity is escalated at once by the playbook");
    }
  }

  /** The stewards are told, with {@code why}. */
  void escalated(Repositories tx, ReleaseRef ref, Incident incident, String why) {
    append(tx, AuditEvent.SYSTEM, "escalate", ref, incident.status().code(), incident);
    notifier.notify(
        tx,
        new NotificationEvent(
            NotificationKind.INCIDENT_ESCALATED,
            Optional.of(name(ref)),
            "Escalated: " + incident.severity() + " " + incident.kind() + " on " + label(ref),
            "Escalated to the stewards because "
                + why
                + ". Acknowledgement was due "
                + incident.acknowledgeBy()
                + ", resolution is due "
                + incident.resolveBy()
                + " (server time).",
            responderPath(ref, incident),
            Recipients.role(GlobalRole.STEWARD)
                .and(Recipients.organization(ref.org().id(), OrgRole.RELEASER))));
  }

  /** A responder's step ({@code acknowledge}, {@code update}, {@code resolve}, {@code reject}). */
  void stepped(
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      Incident before,
      Incident after,
      String severityTitle) {
    append(tx, actor, verb, ref, before.status().code(), after);
    if (after.reporterId() == null) {
      return; // an anonymous reporter reads the update with the reference
    }
    notifier.notify(
        tx,
        new NotificationEvent(
            NotificationKind.INCIDENT_UPDATED,
            Optional.of(name(ref)),
            "Your report on " + label(ref) + " is " + after.status().code(),
            "Severity "
                + severityTitle
                + "; resolution due "
                + after.resolveBy()
                + " (server time). Read the update with your tracking reference.",
            "/api/v1/me/incidents",
            Recipients.users(after.reporterId())));
  }

  private void append(
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      String before,
      Incident incident) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("incident", incident.id());
    details.put("kind", incident.kind());
    details.put("severity", incident.severity());
    audit.append(
        tx,
        new AuditEvent(
            actor,
            "incident." + verb,
            ref.release().id(),
            before,
            incident.status().code(),
            null,
            details,
            false));
  }

  static String responderPath(ReleaseRef ref, Incident incident) {
    return "/api/v1/orgs/" + ref.org().slug() + "/incidents/" + incident.id();
  }

  private static ReleaseName name(ReleaseRef ref) {
    return new ReleaseName(ref.org().slug(), ref.model().name(), ref.release().versionLabel());
  }

  private static String label(ReleaseRef ref) {
    return name(ref).label();
  }
}
