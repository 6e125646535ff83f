package dev.clearance.server.review;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLocks;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.review.AccessGrant;
import dev.clearance.store.review.GrantStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Ends an evaluator's open access to an organization's releases when they declare a conflict of
 * interest with it (REV-3): active grants are revoked and requests declined, each logged ({@code
 * access.revoke}, {@code access.decline}) with the reason and told to the evaluator, as if the
 * organization had decided. Without this a conflict declared after access was granted would keep
 * that access.
 */
public final class ConflictedGrants {

  private ConflictedGrants() {}

  /**
   * Ends every requested or active grant of {@code evaluatorId} for a release of {@code org}, in
   * {@code tx}; returns the grants as ended.
   */
  public static List<AccessGrant> end(
      RegistryContext context, Repositories tx, String evaluatorId, Organization org) {
    Instant now = context.clock().instant();
    List<ReleaseRef> releases = new ArrayList<>();
    for (AccessGrant grant : openGrants(tx, evaluatorId, now)) {
      Release release = tx.releases().find(grant.releaseId()).orElseThrow();
      Model model = tx.models().find(release.modelId()).orElseThrow();
      if (model.orgId().equals(org.id())) {
        releases.add(new ReleaseRef(org, model, release));
      }
    }
    // One order for the locks of several releases, so that two declarations cannot deadlock.
    releases.sort(
        Comparator.comparing((ReleaseRef ref) -> ref.model().id())
            .thenComparing(ref -> ref.release().id()));
    String reason =
        GrantView.handle(tx, evaluatorId)
            + " declared a conflict of interest with "
            + org.slug()
            + "; access to its releases ended";
    List<AccessGrant> ended = new ArrayList<>();
    for (ReleaseRef unlocked : releases) {
      ReleaseRef ref = ReleaseLocks.lock(tx, unlocked);
      Optional<AccessGrant> open =
          AccessGrants.grants(tx).findOpen(ref.release().id(), evaluatorId);
      if (open.isEmpty()) {
        continue; // decided meanwhile
      }
      AccessGrant grant = open.get();
      GrantStatus status = grant.statusAt(now);
      if (status != GrantStatus.ACTIVE && status != GrantStatus.REQUESTED) {
        continue; // expired: no access left to end
      }
      boolean active = status == GrantStatus.ACTIVE;
      AccessGrant after =
          AccessGrants.grants(tx)
              .decide(
                  grant.id(),
                  grant.version(),
                  active ? GrantStatus.REVOKED : GrantStatus.DECLINED,
                  evaluatorId,
                  reason,
                  active ? now : null);
      GrantEvents.append(
          context,
          tx,
          evaluatorId,
          active ? "revoke" : "decline",
          ref,
          grant.status().code(),
          after,
          reason);
      ended.add(after);
    }
    return ended;
  }

  private static List<AccessGrant> openGrants(Repositories tx, String evaluatorId, Instant now) {
    List<AccessGrant> open = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<AccessGrant> page = AccessGrants.grants(tx).listByEvaluator(evaluatorId, request);
      for (AccessGrant grant : page.items()) {
        GrantStatus status = grant.statusAt(now);
        if (status == GrantStatus.ACTIVE || status == GrantStatus.REQUESTED) {
          open.add(grant);
        }
      }
      if (page.next().isEmpty()) {
        return open;
      }
      request = request.next(page.next().get());
    }
  }
}
