package dev.clearance.server.finding;

import dev.clearance.server.audit.AuditEvent;
import dev.clearance.server.audit.AuditLog;
import dev.clearance.server.notify.NotificationEvent;
import dev.clearance.server.notify.NotificationKind;
import dev.clearance.server.notify.Notifier;
import dev.clearance.server.notify.Recipients;
import dev.clearance.server.notify.ReleaseName;
import dev.clearance.server.release.ReleaseEvents;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingAttachment;
import dev.clearance.store.finding.FindingComment;
import dev.clearance.store.finding.FindingResponse;
import dev.clearance.store.identity.GlobalRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event in a finding's life (REV-4, REV-5), in the caller's transaction: filed, commented,
 * attached, responded, contested, decided, linked as a duplicate, redacted, and overdue. Each is an
 * audit-log event {@code finding.<verb>} about the release (subject: the release id, confidential
 * while it has never been public) with the finding's id in the details. This is the one place where
 * finding events happen, so whatever else should follow them (notifications) goes here. Details
 * name ids, kinds and states, never the finding's text: hazardous reproduction steps must not
 * outlive a redaction in the log.
 */
final class FindingEvents {

  private final AuditLog audit;
  private final Notifier notifier;

  FindingEvents(AuditLog audit, Notifier notifier) {
    this.audit = audit;
    this.notifier = notifier;
  }

  void filed(Repositories tx, String actor, ReleaseRef ref, Finding finding) {
    append(tx, actor, "file", ref, null, finding, null, Map.of());
    notify(
        tx,
        NotificationKind.FINDING_FILED,
        ref,
        finding,
        "New " + finding.content().severity() + " finding on " + ref.label(),
        "Respond by " + finding.dueAt() + " (server time): mitigated, accepted risk or disputed.",
        Recipients.organization(ref.org().id()));
  }

  void commented(
      Repositories tx, String actor, ReleaseRef ref, Finding finding, FindingComment comment) {
    Map<String, Object> extra = new java.util.LinkedHashMap<>();
    extra.put("comment", comment.id());
    if (comment.attachmentId() != null) {
      extra.put("attachment", comment.attachmentId());
    }
    append(tx, actor, "comment", ref, null, finding, null, extra);
  }

  void attached(
      Repositories tx,
      String actor,
      ReleaseRef ref,
      Finding finding,
      FindingAttachment attachment) {
    append(
        tx,
        actor,
        "attach",
        ref,
        null,
        finding,
        null,
        Map.of("attachment", attachment.id(), "sha256", attachment.sha256()));
  }

  void responded(
      Repositories tx,
      String actor,
      ReleaseRef ref,
      Finding before,
      Finding after,
      FindingResponse response) {
    append(
        tx,
        actor,
        "respond",
        ref,
        FindingView.stateOf(before),
        after,
        null,
        Map.of("response", response.id(), "kind", response.kind().code()));
    notify(
        tx,
        NotificationKind.FINDING_ANSWERED,
        ref,
        after,
        ref.label() + " answered your finding: " + response.kind().code(),
        "You may contest the response once, within the policy's contest period.",
        Recipients.users(after.evaluatorId()));
  }

  void contested(
      Repositories tx,
      String actor,
      ReleaseRef ref,
      Finding before,
      Finding after,
      FindingResponse response) {
    append(
        tx,
        actor,
        "contest",
        ref,
        FindingView.stateOf(before),
        after,
        response.contest().reason(),
        Map.of("response", response.id()));
    notify(
        tx,
        NotificationKind.FINDING_CONTESTED,
        ref,
        after,
        "A response on " + ref.label() + " was contested",
        "A steward decides: uphold the response or sustain the contest.",
        Recipients.role(GlobalRole.STEWARD).and(Recipients.organization(ref.org().id())));
  }

  void decided(
      Repositories tx,
      String actor,
      ReleaseRef ref,
      Finding before,
      Finding after,
      FindingResponse response) {
    append(
        tx,
        actor,
        "decide",
        ref,
        FindingView.stateOf(before),
        after,
        response.decision().reason(),
        Map.of("response", response.id(), "decision", response.decision().outcome().code()));
    notify(
        tx,
        NotificationKind.FINDING_DECIDED,
        ref,
        after,
        "Contested response on " + ref.label() + ": " + response.decision().outcome().code(),
        "Reason: " + response.decision().reason(),
        Recipients.users(after.evaluatorId()).and(Recipients.organization(ref.org().id())));
  }

  void linkedDuplicate(
      Repositories tx, String actor, ReleaseRef ref, Finding before, Finding after) {
    append(
        tx,
        actor,
        "duplicate",
        ref,
        FindingView.stateOf(before),
        after,
        null,
        Map.of("original", after.duplicate().of()));
  }

  void redacted(
      Repositories tx,
      String actor,
      ReleaseRef ref,
      Finding after,
      List<String> parts,
      String reason) {
    append(tx, actor, "redact", ref, null, after, reason, Map.of("parts", parts));
  }

  /** The registry noticed that {@code finding}'s response deadline passed without a response. */
  void overdue(Repositories tx, ReleaseRef ref, Finding finding) {
    append(
        tx,
        AuditEvent.SYSTEM,
        "overdue",
        ref,
        null,
        finding,
        null,
        Map.of("dueAt", finding.dueAt().toString()));
    notify(
        tx,
        NotificationKind.RESPONSE_OVERDUE,
        ref,
        finding,
        "A finding on " + ref.label() + " is overdue",
        "Its response was due " + finding.dueAt() + " (server time).",
        Recipients.organization(ref.org().id()).and(Recipients.role(GlobalRole.STEWARD)));
  }

  /**
   * Tells {@code recipients} about {@code finding}, linking to it. Recipients are the organization,
   * stewards and the filing evaluator: people who may see the release.
   */
  private void notify(
      Repositories tx,
      NotificationKind kind,
      ReleaseRef ref,
      Finding finding,
      String title,
      String body,
      Recipients recipients) {
    ReleaseName release =
        new ReleaseName(ref.org().slug(), ref.model().name(), ref.release().versionLabel());
    notifier.notify(
        tx,
        new NotificationEvent(
            kind,
            Optional.of(release),
            title,
            body,
            release.apiPath() + "/findings/" + finding.id(),
            recipients));
  }

  private void append(
      Repositories tx,
      String actor,
      String verb,
      ReleaseRef ref,
      String before,
      Finding after,
      String reason,
      Map<String, Object> extra) {
    Map<String, Object> details = ReleaseEvents.names(ref);
    details.put("finding", after.id());
    details.put("severity", after.content().severity());
    details.put("category", after.content().category());
    details.putAll(extra);
    audit.append(
        tx,
        new AuditEvent(
            actor,
            "finding." + verb,
            ref.release().id(),
            before,
            FindingView.stateOf(after),
            reason,
            details,
            !ReleaseVisibility.everPublic(tx, ref.release())));
  }
}
