package dev.clearance.server.review;

import dev.clearance.policy.Policy;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.TextFields;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.release.Times;
import dev.clearance.server.route.Principal;
import dev.clearance.store.ConflictException;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.review.AccessGrant;
import dev.clearance.store.review.GrantStatus;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluator's side of access (REV-3): the releases open for review, a request for access to
 * one, and the caller's own grants.
 */
final class AccessRequestHandlers {

  private final RegistryContext context;
  private final ReleasePolicies policies;

  AccessRequestHandlers(RegistryContext context, ReleasePolicies policies) {
    this.context = context;
    this.policies = policies;
  }

  /** {@code GET /api/v1/reviews}: releases in review, for vetted evaluators and stewards. */
  void openReviews(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    ctx.json(StoreReads.read(context.db(), tx -> EvaluatorReads.openReviews(tx, caller, request)));
  }

  /**
   * {@code POST …/access-requests} {@code {purpose, days?}}: a vetted evaluator asks for access.
   */
  void request(Context ctx, Principal caller) {
    AccessRequestBody body = Json.read(ctx, AccessRequestBody.class);
    String purpose = TextFields.required("purpose", body.purpose(), TextFields.PARAGRAPH);
    GrantView view =
        context
            .db()
            .transaction(
                tx -> {
                  ReleaseRef ref = reviewable(tx, caller, ctx);
                  Policy policy = policies.of(tx, ref.release());
                  Instant now = context.clock().instant();
                  GrantTerms.expiry(policy, ref.release(), body.days(), now);
                  EvaluatorChecks.requireGrantable(tx, caller.requireUserId(), ref);
                  closeExpired(tx, ref, caller.requireUserId(), now);
                  Optional<AccessGrant> open =
                      AccessGrants.grants(tx).findOpen(ref.release().id(), caller.requireUserId());
                  if (open.isPresent()) {
                    throw alreadyOpen(ref, open.get(), now);
                  }
                  AccessGrant grant;
                  try {
                    grant =
                        AccessGrants.grants(tx)
                            .create(
                                ref.release().id(),
                                caller.requireUserId(),
                                purpose,
                                body.days(),
                                caller.requireUserId(),
                                null);
                  } catch (ConflictException concurrent) {
                    throw ApiException.conflict(
                        "grant_open",
                        "a request for " + ref.label() + " was made at the same moment",
                        Map.of(),
                        "GET /api/v1/me/grants shows it.");
                  }
                  GrantEvents.append(
                      context, tx, caller.requireUserId(), "request", ref, null, grant, null);
                  return GrantView.of(tx, ReleaseNames.of(ref), grant, now);
                });
    ctx.status(201).json(view);
  }

  /** {@code GET /api/v1/me/grants}: the caller's grants with their status and expiry. */
  void mine(Context ctx, Principal caller) {
    var request = PageParams.of(ctx);
    ctx.json(
        StoreReads.read(
            context.db(),
            tx -> EvaluatorReads.myGrants(tx, caller, request, context.clock().instant())));
  }

  /**
   * The release named by the path, if the caller may see it or is a vetted evaluator and it is in
   * review; 404 otherwise, exactly as for an absent release.
   */
  private static ReleaseRef reviewable(Repositories tx, Principal caller, Context ctx) {
    Organization org = ReleaseLookup.organization(tx, ctx);
    String modelName = ReleaseLookup.slug("model", ctx.pathParam("model"));
    String version = ctx.pathParam("version");
    ApiException absent =
        ApiException.notFound("release '" + org.slug() + "/" + modelName + "@" + version + "'");
    Model model = tx.models().findByName(org.id(), modelName).orElseThrow(() -> absent);
    Release release = tx.releases().findByVersion(model.id(), version).orElseThrow(() -> absent);
    boolean inReview = release.state() == ReleaseState.IN_REVIEW;
    boolean visible = ReleaseVisibility.canSee(tx, caller, org.slug(), release);
    if (!visible && !(inReview && caller.has(GlobalRole.EVALUATOR))) {
      throw absent;
    }
    if (!caller.has(GlobalRole.EVALUATOR)) {
      throw ApiException.conflict(
          "access_not_needed",
          "you can already see "
              + org.slug()
              + "/"
              + model.name()
              + "@"
              + version
              + "; access requests are for vetted evaluators",
          Map.of("state", release.state().wireName()),
          "Nothing to request: read the release directly.");
    }
    if (!inReview) {
      throw ApiException.conflict(
          "not_in_review",
          "release is "
              + release.state().wireName()
              + ", not in review; access is requested"
              + " while its review window is open",
          Map.of("state", release.state().wireName()),
          "Ask the organization to grant access directly if you need it outside the window.");
    }
    return new ReleaseRef(org, model, release);
  }

  /** Marks the evaluator's open grant for the release expired if it ran out, so a new one fits. */
  static void closeExpired(Repositories tx, ReleaseRef ref, String userId, Instant now) {
    AccessGrants.grants(tx)
        .findOpen(ref.release().id(), userId)
        .filter(grant -> grant.statusAt(now) == GrantStatus.EXPIRED)
        .ifPresent(
            grant ->
                AccessGrants.grants(tx)
                    .decide(
                        grant.id(),
                        grant.version(),
                        GrantStatus.EXPIRED,
                        grant.decidedBy(),
                        grant.decisionReason(),
                        grant.expiresAt()));
  }

  private static ApiException alreadyOpen(ReleaseRef ref, AccessGrant open, Instant now) {
    String status = open.statusAt(now).code();
    return ApiException.conflict(
        "grant_open",
        "you already have a " + status + " grant for " + ref.label(),
        Map.of("grant", open.id(), "status", status),
        status.equals("requested")
            ? "Wait for the organization's decision; GET /api/v1/me/grants shows it."
            : "Your access is active until " + Times.iso(open.expiresAt()) + ".");
  }
}
