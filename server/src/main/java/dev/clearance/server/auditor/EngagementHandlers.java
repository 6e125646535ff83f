package dev.clearance.server.auditor;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLocks;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.Auditor;
import dev.clearance.store.auditor.Engagement;
import dev.clearance.store.auditor.EngagementStatus;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Engagements (REV-6): the releasing organization asks an approved auditor to audit a release
 * ({@code engagement.request}; refused with the reason when the auditor may not: {@link
 * Eligibility}); the auditor accepts ({@code engagement.accept}, and then sees the release's
 * pre-release material) or declines ({@code engagement.decline}); an accepted auditor may withdraw
 * before the release is approved ({@code engagement.withdraw}). Each release's engagements are
 * listed with whether a valid attestation covers it.
 */
final class EngagementHandlers {

  private final RegistryContext context;

  EngagementHandlers(RegistryContext context) {
    this.context = context;
  }

  /** {@code POST …/releases/{version}/engagements} {@code {auditor, scope}}: 201. */
  void request(Context ctx, Principal caller) {
    EngagementRequest request = Json.read(ctx, EngagementRequest.class);
    String handle = Fields.slug("auditor", request.auditor());
    String scope = Fields.text("scope", request.scope(), 4000, true);
    EngagementView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  ReleaseRef release = ReleaseLookup.releaseToChange(tx, caller, ctx);
                  Auditor auditor = approvedAuditor(tx, handle);
                  Eligibility.require(tx, auditor, release.org(), context.clock().instant());
                  Optional<Engagement> open =
                      Auditors.engagements(tx).listByRelease(release.release().id()).stream()
                          .filter(e -> e.auditorId().equals(auditor.userId()))
                          .filter(e -> e.status() != EngagementStatus.DECLINED)
                          .filter(e -> e.status() != EngagementStatus.WITHDRAWN)
                          .findFirst();
                  if (open.isPresent()) {
                    throw ApiException.conflict(
                        "already_engaged",
                        "auditor '" + handle + "' is already engaged for " + release.label(),
                        Map.of("engagement", open.get().id(), "status", open.get().status().code()),
                        "Wait for the auditor's answer, or engage another auditor.");
                  }
                  Engagement engagement =
                      Auditors.engagements(tx)
                          .request(
                              release.release().id(),
                              auditor.userId(),
                              auditor.firmId(),
                              scope,
                              caller.requireUserId());
                  AuditorEvents.engagement(
                      context,
                      tx,
                      caller,
                      "engagement.request",
                      release,
                      engagement,
                      null,
                      null,
                      Map.of());
                  return EngagementView.of(tx, engagement, release);
                });
    ctx.status(201).json(view);
  }

  /** {@code GET …/releases/{version}/engagements}: the release's audit. */
  void listForRelease(Context ctx, Principal caller) {
    ReleaseAuditView view =
        context
            .db()
            .withHandle(
                handle -> {
                  Repositories tx = context.db().repositories(handle);
                  ReleaseRef release = ReleaseLookup.release(tx, caller, ctx);
                  AuditStanding standing = AuditEngagements.standing(tx, release.release());
                  List<EngagementView> engagements =
                      Auditors.engagements(tx).listByRelease(release.release().id()).stream()
                          .map(engagement -> EngagementView.of(tx, engagement, release))
                          .toList();
                  return new ReleaseAuditView(
                      release.release().rootDigest(),
                      standing.attested(),
                      standing.attested() ? null : standing.problem(),
                      engagements);
                });
    ctx.json(view);
  }

  /** {@code GET /api/v1/me/engagements}: the caller's engagements. */
  void mine(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    EngagementPage page =
        context
            .db()
            .withHandle(
                handle ->
                    AuditorReads.engagements(context.db().repositories(handle), caller, request));
    ctx.json(page);
  }

  /** {@code POST /api/v1/me/engagements/{engagement}/accept}. */
  void accept(Context ctx, Principal caller) {
    answer(
        ctx,
        caller,
        EngagementStatus.ACCEPTED,
        null,
        (tx, engagement, release) -> {
          requireRequested(engagement, "accept");
          Auditor auditor = Auditors.auditors(tx).find(engagement.auditorId()).orElseThrow();
          Eligibility.require(tx, auditor, release.org(), context.clock().instant());
        });
  }

  /** {@code POST /api/v1/me/engagements/{engagement}/decline} {@code {reason?}}. */
  void decline(Context ctx, Principal caller) {
    String reason =
        Fields.optionalText("reason", Json.read(ctx, DeclineRequest.class).reason(), 2000, true);
    answer(
        ctx,
        caller,
        EngagementStatus.DECLINED,
        reason,
        (tx, engagement, release) -> requireRequested(engagement, "decline"));
  }

  /**
   * {@code POST /api/v1/me/engagements/{engagement}/withdraw} {@code {reason}}: an accepted
   * engagement ends before the release is approved; the auditor loses access to the release's
   * pre-release material and their attestations stop counting for it.
   */
  void withdraw(Context ctx, Principal caller) {
    String reason =
        Fields.text("reason", Json.read(ctx, WithdrawRequest.class).reason(), 2000, true);
    answer(
        ctx,
        caller,
        EngagementStatus.WITHDRAWN,
        reason,
        (tx, engagement, release) -> requireWithdrawable(engagement, release));
  }

  /** What must hold for the caller's engagement to move to a status; throws when it does not. */
  private interface AnswerRule {
    void require(Repositories tx, Engagement engagement, ReleaseRef release);
  }

  /**
   * Moves the caller's engagement to {@code target} (logged as {@code engagement.<verb>} with the
   * reason) when {@code rule} allows; an engagement already there is answered as it is.
   */
  private void answer(
      Context ctx, Principal caller, EngagementStatus target, String reason, AnswerRule rule) {
    EngagementView view =
        context
            .db()
            .transaction(
                tx -> {
                  tx.audit().lockTree();
                  Engagement engagement = Own.engagement(tx, caller, ctx);
                  ReleaseRef release =
                      ReleaseLocks.lock(tx, Lookups.release(tx, engagement.releaseId()));
                  if (engagement.status() == target) {
                    return EngagementView.of(tx, engagement, release);
                  }
                  rule.require(tx, engagement, release);
                  Engagement answered =
                      Auditors.engagements(tx)
                          .decide(engagement.id(), engagement.version(), target, reason);
                  AuditorEvents.engagement(
                      context,
                      tx,
                      caller,
                      "engagement." + VERBS.get(target),
                      release,
                      answered,
                      engagement.status().code(),
                      reason,
                      Map.of());
                  return EngagementView.of(tx, answered, release);
                });
    ctx.json(view);
  }

  private static final Map<EngagementStatus, String> VERBS =
      Map.of(
          EngagementStatus.ACCEPTED, "accept",
          EngagementStatus.DECLINED, "decline",
          EngagementStatus.WITHDRAWN, "withdraw");

  /**
   * @throws ApiException 409 {@code not_accepted} for an engagement not accepted (a requested one
   *     is declined instead), 409 {@code audit_concluded} once the release has been approved
   */
  private static void requireWithdrawable(Engagement engagement, ReleaseRef release) {
    if (engagement.status() != EngagementStatus.ACCEPTED) {
      throw ApiException.conflict(
          "not_accepted",
          "the engagement is " + engagement.status().code() + "; only an accepted one is withdrawn",
          Map.of("status", engagement.status().code()),
          engagement.status() == EngagementStatus.REQUESTED
              ? "Decline the engagement instead: POST …/decline."
              : "Nothing to withdraw from.");
    }
    ReleaseState state = release.release().state();
    if (state.ordinal() >= ReleaseState.APPROVED.ordinal()) {
      throw ApiException.conflict(
          "audit_concluded",
          release.label() + " is " + state.wireName() + "; the audit it was approved on stands",
          Map.of("state", state.wireName()),
          "Tell the releasing organization and the stewards what changed; a concern about the"
              + " released model is an incident report.");
    }
  }

  private static void requireRequested(Engagement engagement, String verb) {
    if (engagement.status() != EngagementStatus.REQUESTED) {
      throw ApiException.conflict(
          "already_answered",
          "the engagement is " + engagement.status().code() + "; it cannot be " + verb + "ed now",
          Map.of("status", engagement.status().code()),
          "An engagement is answered once; the organization may request a new one.");
    }
  }

  /**
   * @throws ApiException 409 {@code auditor_not_approved} for a handle that names no auditor
   */
  private static Auditor approvedAuditor(Repositories tx, String handle) {
    return tx.users()
        .findByHandle(handle)
        .map(User::id)
        .flatMap(id -> Auditors.auditors(tx).find(id))
        .orElseThrow(
            () ->
                ApiException.conflict(
                    "auditor_not_approved",
                    "'" + handle + "' is not an approved auditor",
                    Map.of("auditor", handle),
                    "Engage an auditor a steward approved; firms and their auditors are listed at"
                        + " GET /api/v1/audit-firms."));
  }
}
