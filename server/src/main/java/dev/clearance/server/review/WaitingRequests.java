package dev.clearance.server.review;

import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.review.AccessGrant;
import java.time.Instant;

/**
 * Evaluators' access requests waiting for an organization's decision across its releases (REV-3),
 * oldest first: the Java API behind {@code GET /api/v1/orgs/{org}/access-requests} and the
 * organization's pages. For members of the organization and stewards.
 */
public final class WaitingRequests {

  private WaitingRequests() {}

  /**
   * One page of the requests waiting for {@code org}, with statuses at the server's {@code now}.
   */
  public static GrantList of(Repositories tx, Organization org, PageRequest request, Instant now) {
    Page<AccessGrant> page = AccessGrants.grants(tx).listRequested(org.id(), request);
    return new GrantList(
        page.items().stream()
            .map(grant -> GrantView.of(tx, ReleaseNames.of(tx, grant.releaseId()), grant, now))
            .toList(),
        page.next().orElse(null));
  }
}
