package dev.clearance.server.finding;

import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.FindingResponse;

/**
 * One response of the organization to a finding as the API shows it (REV-5), with the evaluator's
 * contest and the steward's decision when there are.
 *
 * @param kind {@code mitigated}, {@code accepted_risk} or {@code disputed}
 * @param whatChanged for mitigated: what was done
 * @param fixedIn for mitigated: the version with the change
 * @param evidence for mitigated: evidence of the change
 * @param rationale for accepted_risk and disputed: why
 * @param respondedBy the handle of the organization member who responded
 * @param contestReason the evaluator's reason, once contested
 * @param decision {@code upheld} or {@code sustained}, once a steward decided the contest
 */
public record ResponseView(
    String id,
    String kind,
    String whatChanged,
    String fixedIn,
    String evidence,
    String rationale,
    String respondedBy,
    String respondedAt,
    String contestReason,
    String contestedBy,
    String contestedAt,
    String decision,
    String decisionReason,
    String decidedBy,
    String decidedAt) {

  static ResponseView of(Repositories tx, FindingResponse response) {
    FindingResponse.Contest contest = response.contest();
    FindingResponse.Decision decision = response.decision();
    return new ResponseView(
        response.id(),
        response.kind().code(),
        response.whatChanged(),
        response.fixedIn(),
        response.evidence(),
        response.rationale(),
        Handles.of(tx, response.respondedBy()),
        Times.iso(response.respondedAt()),
        contest == null ? null : contest.reason(),
        contest == null ? null : Handles.of(tx, contest.by()),
        contest == null ? null : Times.iso(contest.at()),
        decision == null ? null : decision.outcome().code(),
        decision == null ? null : decision.reason(),
        decision == null ? null : Handles.of(tx, decision.by()),
        decision == null ? null : Times.iso(decision.at()));
  }
}
