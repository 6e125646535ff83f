package dev.clearance.server.incident;

import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.incident.Incident;
import dev.clearance.store.incident.IncidentUpdate;
import java.time.Instant;
import java.util.List;

/**
 * An incident as its reporter and its responders see it.
 *
 * @param releaseVersion the version label of the release reported
 * @param status {@code received}, {@code acknowledged}, {@code resolved} or {@code rejected}
 * @param acknowledgementOverdue received and not acknowledged by {@code acknowledgeBy}
 * @param resolutionOverdue still open at {@code resolveBy}
 * @param escalatedAt when the stewards were told, if they were
 * @param reporter the reporter's handle, to responders only (null for anonymous reports and for
 *     callers reading by reference)
 * @param updates each step after the report, oldest first
 * @param version the revision, also the ETag
 */
public record IncidentView(
    String id,
    String org,
    String model,
    String releaseVersion,
    String kind,
    String severity,
    String summary,
    String details,
    String remedy,
    String status,
    String reportedAt,
    String acknowledgeBy,
    String resolveBy,
    boolean acknowledgementOverdue,
    boolean resolutionOverdue,
    String acknowledgedAt,
    String escalatedAt,
    String closedAt,
    String resolution,
    String reporter,
    List<UpdateView> updates,
    long version) {

  /**
   * One step after the report.
   *
   * @param step {@code acknowledged}, {@code update}, {@code resolved}, {@code rejected} or {@code
   *     escalated}
   * @param author the handle of who wrote it, or null for the registry (escalation)
   */
  public record UpdateView(String step, String severity, String note, String author, String at) {}

  /**
   * {@code incident} of {@code ref} at {@code now}; the reporter's handle when {@code toResponder}.
   */
  static IncidentView of(
      Repositories tx, ReleaseRef ref, Incident incident, Instant now, boolean toResponder) {
    List<UpdateView> updates =
        Incidents.repository(tx).updates(incident.id()).stream()
            .map(update -> update(tx, update))
            .toList();
    return new IncidentView(
        incident.id(),
        ref.org().slug(),
        ref.model().name(),
        ref.release().versionLabel(),
        incident.kind(),
        incident.severity(),
        incident.summary(),
        incident.details(),
        incident.remedy(),
        incident.status().code(),
        text(incident.reportedAt()),
        text(incident.acknowledgeBy()),
        text(incident.resolveBy()),
        incident.acknowledgementOverdue(now),
        incident.resolutionOverdue(now),
        text(incident.acknowledgedAt()),
        text(incident.escalatedAt()),
        text(incident.closedAt()),
        incident.resolution(),
        toResponder ? handle(tx, incident.reporterId()) : null,
        updates,
        incident.version());
  }

  private static UpdateView update(Repositories tx, IncidentUpdate update) {
    return new UpdateView(
        update.step().code(),
        update.severity(),
        update.note(),
        handle(tx, update.authorId()),
        text(update.createdAt()));
  }

  private static String handle(Repositories tx, String userId) {
    return userId == null ? null : tx.users().find(userId).map(User::handle).orElse(null);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
