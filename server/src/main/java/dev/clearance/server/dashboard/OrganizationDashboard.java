package dev.clearance.server.dashboard;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.Times;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organization's releases grouped by state with what blocks each one (issue 7): the Java API
 * behind {@code GET /api/v1/orgs/{org}/dashboard} and the dashboard page. The caller must be a
 * member of the organization or a steward (both see all its pre-release material).
 *
 * <p>Reads: one query for the counts, one per state shown for its page of releases, one for their
 * models, then a constant number per pre-release release ({@link ReleaseStanding}); releases that
 * have been public cost nothing more.
 */
public final class OrganizationDashboard {

  private OrganizationDashboard() {}

  /**
   * The dashboard of {@code org} for {@code caller} at the server's time {@code now}, read in
   * {@code tx}: every state that has releases with the first {@code page} of them, or, with {@code
   * only}, that state alone with the page {@code page} asks for.
   */
  public static DashboardView of(
      Repositories tx,
      Organization org,
      Principal caller,
      ReleasePolicies policies,
      Instant now,
      Optional<ReleaseState> only,
      PageRequest page) {
    Map<ReleaseState, Integer> counts = tx.releases().countByState(org.id());
    Map<ReleaseState, Page<Release>> pages = new LinkedHashMap<>();
    for (ReleaseState state : ReleaseState.values()) {
      if (only.map(state::equals).orElse(counts.get(state) > 0)) {
        pages.put(state, tx.releases().listByOrganization(org.id(), state, page));
      }
    }
    Map<String, Model> models =
        tx.models()
            .findAll(
                pages.values().stream()
                    .flatMap(found -> found.items().stream())
                    .map(Release::modelId)
                    .toList());
    List<StateGroupView> groups = new ArrayList<>();
    pages.forEach(
        (state, found) ->
            groups.add(
                new StateGroupView(
                    state.wireName(),
                    counts.get(state),
                    found.items().stream()
                        .map(
                            release ->
                                ReleaseStanding.of(
                                    tx,
                                    new ReleaseRef(org, models.get(release.modelId()), release),
                                    caller,
                                    policies,
                                    now))
                        .toList(),
                    found.next().orElse(null))));
    return new DashboardView(org.slug(), Times.iso(now), groups);
  }
}
