package dev.clearance.server.review;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseView;
import dev.clearance.server.release.Times;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.review.AccessGrant;
import java.time.Instant;
import java.util.Optional;

/**
 * What an evaluator reads about their access (REV-3), for {@code GET /api/v1/reviews}, {@code GET
 * /api/v1/me/grants} and the evaluator's web page alike: the releases in review and the caller's
 * own grants with status and expiry by the server's clock.
 */
public final class EvaluatorReads {

  private EvaluatorReads() {}

  /** The releases whose review window is open, with the caller's own grant's status. */
  public static OpenReviewList openReviews(Repositories tx, Principal caller, PageRequest request) {
    Page<Release> page = tx.releases().listByState(ReleaseState.IN_REVIEW, request);
    return new OpenReviewList(
        page.items().stream().map(release -> openReview(tx, caller, release)).toList(),
        page.next().orElse(null));
  }

  /** The caller's access grants, requests included. */
  public static GrantList myGrants(
      Repositories tx, Principal caller, PageRequest request, Instant now) {
    Page<AccessGrant> page =
        AccessGrants.grants(tx).listByEvaluator(caller.requireUserId(), request);
    return new GrantList(
        page.items().stream()
            .map(grant -> GrantView.of(tx, ReleaseNames.of(tx, grant.releaseId()), grant, now))
            .toList(),
        page.next().orElse(null));
  }

  private static OpenReviewView openReview(Repositories tx, Principal caller, Release release) {
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    ReleaseRef ref = new ReleaseRef(org, model, release);
    Optional<AccessGrant> mine =
        caller.has(GlobalRole.EVALUATOR)
            ? AccessGrants.grants(tx).findOpen(release.id(), caller.requireUserId())
            : Optional.empty();
    return new OpenReviewView(
        org.slug(),
        model.name(),
        release.versionLabel(),
        ReleaseView.of(tx, ref).tier(),
        release.windowStartedAt() == null ? null : Times.iso(release.windowStartedAt()),
        release.windowEndsAt() == null ? null : Times.iso(release.windowEndsAt()),
        mine.map(grant -> grant.statusAt(tx.clock().instant()).code()).orElse(null),
        ReleaseNames.of(ref).path());
  }
}
