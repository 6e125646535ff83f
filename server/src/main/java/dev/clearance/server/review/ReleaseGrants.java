package dev.clearance.server.review;

import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.review.AccessGrant;
import java.time.Instant;

/**
 * One release's access grants and requests (REV-3), oldest first: the Java API behind {@code GET
 * …/grants} and the release's management page. For members of the release's organization and
 * stewards; the caller must have been found to see the release ({@link
 * dev.clearance.server.release.ReleaseLookup}).
 */
public final class ReleaseGrants {

  private ReleaseGrants() {}

  /** One page of {@code ref}'s grants, with statuses at the server's time {@code now}. */
  public static GrantList of(Repositories tx, ReleaseRef ref, PageRequest request, Instant now) {
    Page<AccessGrant> page = AccessGrants.grants(tx).listByRelease(ref.release().id(), request);
    return new GrantList(
        page.items().stream()
            .map(grant -> GrantView.of(tx, ReleaseNames.of(ref), grant, now))
            .toList(),
        page.next().orElse(null));
  }
}
