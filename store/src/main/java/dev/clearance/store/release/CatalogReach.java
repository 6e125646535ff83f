package dev.clearance.store.release;

import java.util.Set;

/**
 * The releases a caller might see, as the catalog's SQL narrows them before the server's exact
 * visibility check: releases in a state after release, all releases of the organizations the caller
 * belongs to, and releases the caller holds an active access grant or an accepted audit engagement
 * for. A superset: the server still asks, release by release, whether the caller may see it (grant
 * expiry, roles, releases retracted before release).
 *
 * @param everything true for stewards, who may see every release
 * @param memberOf slugs of the caller's organizations
 * @param userId the caller's user id, or {@code null} for the anonymous public
 */
public record CatalogReach(boolean everything, Set<String> memberOf, String userId) {

  /** The anonymous public. */
  public static final CatalogReach PUBLIC = new CatalogReach(false, Set.of(), null);

  public CatalogReach {
    memberOf = Set.copyOf(memberOf);
  }
}
