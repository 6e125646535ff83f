package dev.clearance.server.finding;

import dev.clearance.policy.FindingSeverity;
import dev.clearance.policy.ReviewRules;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingResponse;
import dev.clearance.store.finding.FindingState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds {@link FindingView}s of one release's findings for one caller.
 *
 * @param rules the review rules of the release's policy (severity titles, contest period)
 * @param seesRedacted true when the caller sees redacted parts ({@link FindingAccess#seesRedacted})
 * @param now the server's time, for overdue flags
 */
record FindingViews(
    Repositories tx, ReleaseRef ref, ReviewRules rules, boolean seesRedacted, Instant now) {

  /** The API path of the release's findings. */
  String findingsPath() {
    return findingsPath(ref);
  }

  /** The API path of {@code ref}'s findings. */
  static String findingsPath(ReleaseRef ref) {
    return "/api/v1/orgs/"
        + ref.org().slug()
        + "/models/"
        + ref.model().name()
        + "/releases/"
        + ref.release().versionLabel()
        + "/findings";
  }

  /** The view of {@code finding}. */
  FindingView of(Finding finding) {
    String path = findingsPath() + "/" + finding.id();
    Finding.Redaction redaction = seesRedacted ? null : finding.redaction();
    String hideReproduction = redaction == null ? null : redaction.reproduction();
    String hideEvidence = redaction == null ? null : redaction.evidence();
    List<FindingResponse> responses = Findings.responses(tx).listByFinding(finding.id());
    Finding original =
        finding.isDuplicate()
            ? Findings.findings(tx).find(finding.duplicate().of()).orElse(null)
            : null;
    return new FindingView(
        finding.id(),
        ref.org().slug(),
        ref.model().name(),
        ref.release().versionLabel(),
        path,
        finding.content().title(),
        finding.content().category(),
        finding.content().severity(),
        rules
            .findings()
            .severity(finding.content().severity())
            .map(FindingSeverity::title)
            .orElse(finding.content().severity()),
        finding.content().affectedVersions(),
        finding.content().summary(),
        hidden(finding.content().reproduction(), hideReproduction),
        hidden(finding.content().evidence(), hideEvidence),
        finding.content().suggestedMitigation(),
        Handles.of(tx, finding.evaluatorId()),
        Times.iso(finding.filedAt()),
        Times.iso(finding.dueAt()),
        finding.isOverdueAt(now),
        FindingView.stateOf(finding),
        original == null ? null : original.id(),
        original == null ? null : FindingView.stateOf(original),
        finding.isDuplicate() ? Handles.of(tx, finding.duplicate().by()) : null,
        finding.redaction() == null ? null : finding.redaction().reproduction(),
        finding.redaction() == null ? null : finding.redaction().evidence(),
        contestableUntil(finding, responses),
        responses.stream().map(response -> ResponseView.of(tx, response)).toList(),
        Findings.attachments(tx).listByFinding(finding.id()).stream()
            .map(attachment -> AttachmentView.of(tx, path, attachment, hideEvidence))
            .toList(),
        finding.version());
  }

  private static String hidden(String text, String redaction) {
    return text == null || redaction == null ? text : FindingView.redactedText(redaction);
  }

  private String contestableUntil(Finding finding, List<FindingResponse> responses) {
    if (finding.state() != FindingState.ANSWERED
        || responses.isEmpty()
        || responses.stream().anyMatch(response -> response.contest() != null)) {
      return null;
    }
    Instant respondedAt = responses.get(responses.size() - 1).respondedAt();
    return Times.iso(respondedAt.plus(Duration.ofDays(rules.contestDays())));
  }
}
