package dev.clearance.server.finding;

import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evaluator's own findings across releases with their responses (REV-4, REV-5), read by {@code
 * GET /api/v1/me/findings} and the evaluator's web page alike. A finding is shown only while its
 * release is visible to the caller ({@link ReleaseVisibility}); reading one of pre-release material
 * under an access grant is logged once per release, as every read under a grant is (REV-3).
 */
public final class MyFindings {

  private final ReleasePolicies policies;

  public MyFindings(ReleasePolicies policies) {
    this.policies = policies;
  }

  /**
   * One page of {@code caller}'s findings, oldest first.
   *
   * @param resource what the access log names as read, e.g. {@code GET /api/v1/me/findings}
   */
  public MyFindingList list(
      Repositories tx, Principal caller, PageRequest request, Instant now, String resource) {
    Page<Finding> page = Findings.findings(tx).listByEvaluator(caller.requireUserId(), request);
    Map<String, Optional<FindingViews>> byRelease = new HashMap<>();
    List<FindingView> items = new ArrayList<>();
    int unseen = 0;
    for (Finding finding : page.items()) {
      Optional<FindingViews> views =
          byRelease.computeIfAbsent(
              finding.releaseId(), id -> views(tx, caller, id, now, resource));
      if (views.isPresent()) {
        items.add(views.get().of(finding));
      } else {
        unseen++;
      }
    }
    return new MyFindingList(items, unseen, page.next().orElse(null));
  }

  /** The views of a release's findings, when {@code caller} may see it (the read is logged). */
  private Optional<FindingViews> views(
      Repositories tx, Principal caller, String releaseId, Instant now, String resource) {
    Release release = tx.releases().find(releaseId).orElseThrow();
    Model model = tx.models().find(release.modelId()).orElseThrow();
    Organization org = tx.organizations().find(model.orgId()).orElseThrow();
    if (!ReleaseVisibility.canSee(tx, caller, org.slug(), release)) {
      return Optional.empty();
    }
    if (!ReleaseVisibility.hasPreReleaseRight(caller, org.slug())
        && !ReleaseVisibility.everPublic(tx, release)) {
      AccessGrants.recordView(tx, caller, release, resource);
    }
    ReleaseRef ref = new ReleaseRef(org, model, release);
    return Optional.of(
        new FindingViews(
            tx,
            ref,
            policies.of(tx, release).review(),
            FindingAccess.seesRedacted(tx, caller, ref),
            now));
  }
}
