package dev.clearance.server.review;

import dev.clearance.policy.Policy;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Page;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.review.AccessEvent;
import dev.clearance.store.review.AccessGrant;
import dev.clearance.store.review.GrantStatus;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;

/**
 * The organization's side of access (REV-3): its releases' grants, granting access directly,
 * approving or declining requests, revoking access (stewards too), and the access log.
 */
final class GrantDecisionHandlers {

  private final RegistryContext context;
  private final ReleasePolicies policies;

  GrantDecisionHandlers(RegistryContext context, ReleasePolicies policies) {
    this.context = context;
    this.policies = policies;
  }

  /** {@code GET …/grants}: the release's grants and requests, oldest first. */
  void list(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    ctx.json(
        StoreReads.read(
            context.db(),
            tx ->
                ReleaseGrants.of(
                    tx,
                    ReleaseLookup.release(tx, caller, ctx),
                    request,
                    context.clock().instant())));
  }

  /**
   * {@code GET /api/v1/orgs/{org}/access-requests}: the access requests waiting for the
   * organization's decision across its releases, oldest first.
   */
  void waiting(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    ctx.json(
        StoreReads.read(
            context.db(),
            tx ->
                WaitingRequests.of(
                    tx, ReleaseLookup.organization(tx, ctx), request, context.clock().instant())));
  }

  /** {@code GET …/access-log}: every view and download made under the release's grants. */
  void accessLog(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> {
              ReleaseRef ref = ReleaseLookup.release(tx, caller, ctx);
              Page<AccessEvent> page =
                  AccessGrants.events(tx).listByRelease(ref.release().id(), request);
              return new AccessEventList(
                  page.items().stream().map(event -> AccessEventView.of(tx, event)).toList(),
                  page.next().orElse(null));
            }));
  }

  /** {@code POST …/grants} {@code {evaluator, purpose?, days?}}: grants access directly. */
  void grant(Context ctx, Principal caller) {
    AccessRequestBody body = Json.read(ctx, AccessRequestBody.class);
    String handle = TextFields.required("evaluator", body.evaluator(), 64);
    String purpose = TextFields.optional("purpose", body.purpose(), TextFields.PARAGRAPH);
    GrantView view =
        context
            .db()
            .transaction(
                tx -> {
                  ReleaseRef ref = preRelease(ReleaseLookup.releaseToChange(tx, caller, ctx));
                  User evaluator =
                      tx.users()
                          .findByHandle(handle)
                          .orElseThrow(
                              () ->
                                  ApiException.badRequest(
                                      "invalid_value",
                                      "no user '" + handle + "'",
                                      Map.of("field", "evaluator"),
                                      "Give the handle of a vetted evaluator."));
                  EvaluatorChecks.requireGrantable(tx, evaluator.id(), ref);
                  Policy policy = policies.of(tx, ref.release());
                  Instant now = context.clock().instant();
                  Instant expiry = GrantTerms.expiry(policy, ref.release(), body.days(), now);
                  AccessRequestHandlers.closeExpired(tx, ref, evaluator.id(), now);
                  if (AccessGrants.grants(tx)
                      .findOpen(ref.release().id(), evaluator.id())
                      .isPresent()) {
                    throw alreadyOpen(handle, ref);
                  }
                  AccessGrant grant;
                  try {
                    grant =
                        AccessGrants.grants(tx)
                            .create(
                                ref.release().id(),
                                evaluator.id(),
                                purpose == null ? "granted by " + ref.org().slug() : purpose,
                                body.days(),
                                caller.requireUserId(),
                                expiry);
                  } catch (ConflictException openOrExpired) {
                    throw alreadyOpen(handle, ref);
                  }
                  GrantEvents.append(
                      context, tx, caller.requireUserId(), "grant", ref, null, grant, null);
                  return GrantView.of(tx, ReleaseNames.of(ref), grant, now);
                });
    ctx.status(201).json(view);
  }

  /** {@code POST …/grants/{grant}/approve} {@code {days?}}: approves a request. */
  void approve(Context ctx, Principal caller) {
    GrantDecisionBody body = Json.read(ctx, GrantDecisionBody.class);
    ctx.json(
        decide(
            ctx,
            caller,
            "approve",
            GrantStatus.REQUESTED,
            (tx, ref, grant, now) -> {
              EvaluatorChecks.requireGrantable(tx, grant.evaluatorId(), preRelease(ref));
              Integer days = body.days() != null ? body.days() : grant.requestedDays();
              Policy policy = policies.of(tx, ref.release());
              Instant expiry = GrantTerms.expiry(policy, ref.release(), days, now);
              return new Decision(GrantStatus.ACTIVE, null, expiry);
            }));
  }

  /** {@code POST …/grants/{grant}/decline} {@code {reason}}: declines a request. */
  void decline(Context ctx, Principal caller) {
    GrantDecisionBody body = Json.read(ctx, GrantDecisionBody.class);
    String reason = TextFields.required("reason", body.reason(), TextFields.PARAGRAPH);
    ctx.json(
        decide(
            ctx,
            caller,
            "decline",
            GrantStatus.REQUESTED,
            (tx, ref, grant, now) -> new Decision(GrantStatus.DECLINED, reason, null)));
  }

  /** {@code POST …/grants/{grant}/revoke} {@code {reason}}: ends active access now. */
  void revoke(Context ctx, Principal caller) {
    GrantDecisionBody body = Json.read(ctx, GrantDecisionBody.class);
    String reason = TextFields.required("reason", body.reason(), TextFields.PARAGRAPH);
    ctx.json(
        decide(
            ctx,
            caller,
            "revoke",
            GrantStatus.ACTIVE,
            (tx, ref, grant, now) -> new Decision(GrantStatus.REVOKED, reason, now)));
  }

  private record Decision(GrantStatus status, String reason, Instant expiresAt) {}

  private interface DecisionRule {
    Decision decide(Repositories tx, ReleaseRef ref, AccessGrant grant, Instant now);
  }

  private GrantView decide(
      Context ctx, Principal caller, String verb, GrantStatus from, DecisionRule rule) {
    return context
        .db()
        .transaction(
            tx -> {
              ReleaseRef ref = ReleaseLookup.releaseToChange(tx, caller, ctx);
              String id = ctx.pathParam("grant");
              AccessGrant grant =
                  AccessGrants.grants(tx)
                      .find(id)
                      .filter(found -> found.releaseId().equals(ref.release().id()))
                      .orElseThrow(
                          () -> ApiException.notFound("grant '" + id + "' of " + ref.label()));
              Instant now = context.clock().instant();
              GrantStatus current = grant.statusAt(now);
              if (current != from) {
                throw ApiException.conflict(
                    "grant_" + current.code(),
                    "the grant is "
                        + current.code()
                        + "; only a "
                        + from.code()
                        + " grant can be"
                        + " "
                        + verb
                        + "d",
                    Map.of("grant", grant.id(), "status", current.code()),
                    "GET …/grants shows each grant's status.");
              }
              Decision decision = rule.decide(tx, ref, grant, now);
              AccessGrant decided =
                  AccessGrants.grants(tx)
                      .decide(
                          grant.id(),
                          grant.version(),
                          decision.status(),
                          caller.requireUserId(),
                          decision.reason(),
                          decision.expiresAt());
              GrantEvents.append(
                  context,
                  tx,
                  caller.requireUserId(),
                  verb,
                  ref,
                  current.code(),
                  decided,
                  decision.reason());
              return GrantView.of(tx, ReleaseNames.of(ref), decided, now);
            });
  }

  private static ApiException alreadyOpen(String handle, ReleaseRef ref) {
    return ApiException.conflict(
        "grant_open",
        handle + " already has an open grant or request for " + ref.label(),
        Map.of("evaluator", handle),
        "Approve the pending request (GET …/grants lists it), or revoke the active grant first.");
  }

  private static ReleaseRef preRelease(ReleaseRef ref) {
    if (!ref.release().state().isPreRelease()) {
      throw ApiException.conflict(
          "release_public",
          ref.label() + " is " + ref.release().state().wireName() + "; its material is public",
          Map.of("state", ref.release().state().wireName()),
          "Access grants are for pre-release material; everyone can read a released model.");
    }
    return ref;
  }
}
