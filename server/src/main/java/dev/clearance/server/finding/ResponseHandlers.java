package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.Times;
import dev.clearance.server.route.Principal;
import dev.clearance.store.finding.ContestDecision;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.finding.FindingResponse;
import dev.clearance.store.finding.FindingState;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The mandatory response (REV-5): the organization answers a finding once (again only after a
 * steward sustained a contest), the filing evaluator may contest the response once within the
 * policy's contest period, and a steward upholds the response or sustains the contest.
 */
final class ResponseHandlers {

  private final RegistryContext context;
  private final FindingHandlers findings;
  private final FindingEvents events;

  ResponseHandlers(RegistryContext context, FindingHandlers findings, FindingEvents events) {
    this.context = context;
    this.findings = findings;
    this.events = events;
  }

  /** {@code POST …/findings/{finding}/response}: the organization's answer. */
  void respond(Context ctx, Principal caller) {
    ResponseForm form = ResponseForm.read(Json.read(ctx, ResponseRequest.class));
    FindingView view =
        Concurrent.change(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              if (finding.isDuplicate()) {
                throw ApiException.conflict(
                    "finding_duplicate",
                    "the finding is a duplicate of "
                        + finding.duplicate().of()
                        + "; it is answered with its original",
                    Map.of("duplicateOf", finding.duplicate().of()),
                    "Respond to the original finding.");
              }
              if (finding.state() != FindingState.OPEN) {
                throw ApiException.conflict(
                    "finding_" + finding.state().code(),
                    "the finding is " + finding.state().code() + "; it has its response",
                    Map.of("state", finding.state().code()),
                    finding.state() == FindingState.CONTESTED
                        ? "A steward decides the contest; if sustained, respond again."
                        : "A finding has one current response; GET the finding to read it.");
              }
              FindingResponse response =
                  Findings.responses(tx)
                      .create(
                          finding.id(),
                          form.kind(),
                          form.whatChanged(),
                          form.fixedIn(),
                          form.evidence(),
                          form.rationale(),
                          caller.requireUserId());
              Finding answered =
                  Findings.findings(tx)
                      .changeState(finding.id(), finding.version(), FindingState.ANSWERED);
              events.responded(tx, caller.requireUserId(), ref, finding, answered, response);
              return findings.views(tx, caller, ref).of(answered);
            });
    ctx.status(201).json(view);
  }

  /** {@code POST …/findings/{finding}/contest}: the filing evaluator contests, once. */
  void contest(Context ctx, Principal caller) {
    String reason =
        TextFields.required(
            "reason", Json.read(ctx, ContestRequest.class).reason(), TextFields.DOCUMENT);
    ctx.json(
        Concurrent.change(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              if (!FindingAccess.isFiler(caller, finding)) {
                throw ApiException.forbidden(
                    "only the evaluator who filed the finding may contest its response",
                    "Comment on the finding instead.");
              }
              List<FindingResponse> responses = Findings.responses(tx).listByFinding(finding.id());
              if (finding.state() != FindingState.ANSWERED || responses.isEmpty()) {
                throw ApiException.conflict(
                    "finding_" + FindingView.stateOf(finding),
                    "the finding is "
                        + FindingView.stateOf(finding)
                        + "; only an answered finding's response can be contested",
                    Map.of("state", FindingView.stateOf(finding)),
                    "Wait for the organization's response.");
              }
              if (responses.stream().anyMatch(response -> response.contest() != null)) {
                throw ApiException.conflict(
                    "contest_used",
                    "the finding's response was contested once already; there is no second"
                        + " contest",
                    Map.of(),
                    "Comment on the finding to add to the record.");
              }
              FindingResponse current = responses.get(responses.size() - 1);
              int days = findings.views(tx, caller, ref).rules().contestDays();
              Instant until = current.respondedAt().plus(Duration.ofDays(days));
              Instant now = context.clock().instant();
              if (now.isAfter(until)) {
                throw ApiException.conflict(
                    "contest_period_over",
                    "the response of "
                        + Times.iso(current.respondedAt())
                        + " could be contested for "
                        + days
                        + " days, until "
                        + Times.iso(until),
                    Map.of("contestableUntil", Times.iso(until)),
                    "Comment on the finding to add to the record.");
              }
              FindingResponse contested =
                  Findings.responses(tx)
                      .contest(current.id(), reason, caller.requireUserId())
                      .orElseThrow(Concurrent::conflict);
              Finding after =
                  Findings.findings(tx)
                      .changeState(finding.id(), finding.version(), FindingState.CONTESTED);
              events.contested(tx, caller.requireUserId(), ref, finding, after, contested);
              return findings.views(tx, caller, ref).of(after);
            }));
  }

  /** {@code POST …/findings/{finding}/decision}: a steward decides a contest. */
  void decide(Context ctx, Principal caller) {
    ContestDecisionRequest body = Json.read(ctx, ContestDecisionRequest.class);
    String outcome = TextFields.required("outcome", body.outcome(), 20);
    if (!outcome.equals("uphold") && !outcome.equals("sustain")) {
      throw ApiException.badRequest(
          "invalid_value",
          "outcome '" + FindingAccess.printable(outcome) + "' is not one of [uphold, sustain]",
          Map.of("field", "outcome", "allowed", List.of("uphold", "sustain")),
          "uphold: the response stands; sustain: the organization must respond again.");
    }
    String reason = TextFields.required("reason", body.reason(), TextFields.DOCUMENT);
    ContestDecision decision =
        outcome.equals("uphold") ? ContestDecision.UPHELD : ContestDecision.SUSTAINED;
    ctx.json(
        Concurrent.change(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
              Finding finding = FindingAccess.finding(tx, ref, ctx);
              if (finding.state() != FindingState.CONTESTED) {
                throw ApiException.conflict(
                    "finding_not_contested",
                    "the finding is " + FindingView.stateOf(finding) + "; nothing to decide",
                    Map.of("state", FindingView.stateOf(finding)),
                    "Decide findings whose state is contested (GET …/findings?state=contested).");
              }
              FindingResponse current = Findings.responses(tx).latest(finding.id()).orElseThrow();
              FindingResponse decided =
                  Findings.responses(tx)
                      .decide(current.id(), decision, reason, caller.requireUserId())
                      .orElseThrow(Concurrent::conflict);
              FindingViews views = findings.views(tx, caller, ref);
              Finding after =
                  decision == ContestDecision.UPHELD
                      ? Findings.findings(tx)
                          .changeState(finding.id(), finding.version(), FindingState.RESOLVED)
                      : Findings.findings(tx)
                          .reopen(
                              finding.id(),
                              finding.version(),
                              ResponseDeadline.after(
                                  context.clock().instant(),
                                  views.rules().findings(),
                                  finding.content().severity()));
              events.decided(tx, caller.requireUserId(), ref, finding, after, decided);
              return views.of(after);
            }));
  }
}
