package dev.clearance.server.web.steward;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.catalog.CatalogEntry;
import dev.clearance.server.catalog.CatalogPage;
import dev.clearance.server.catalog.CatalogQuery;
import dev.clearance.server.dashboard.DashboardReleaseView;
import dev.clearance.server.dashboard.ReleaseStanding;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ActionView;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.release.WaiverView;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.Links;
import dev.clearance.store.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The releases waiting for stewards (REV-1, REV-2): submitted ones whose review window a steward
 * opens, releases in review or awaiting responses that a steward approves, and drafts whose failed
 * checks block their submission, which a steward may waive with a reason. Drafts whose checks pass
 * are left out of their page, so a page of drafts may hold fewer than the limit. Read through the
 * catalog search (what a steward may see) and the organization dashboard's standing of each
 * release, so the blockers are the API's.
 */
final class ReleaseQueue {

  /** The states whose releases wait for a steward, in the order of the queue's tabs. */
  static final List<ReleaseState> STATES =
      List.of(
          ReleaseState.SUBMITTED,
          ReleaseState.IN_REVIEW,
          ReleaseState.AWAITING_RESPONSES,
          ReleaseState.DRAFT);

  private static final Set<String> STEWARD_ACTIONS = Set.of("start_review", "approve");

  private ReleaseQueue() {}

  /**
   * A page of the queue.
   *
   * @param next the cursor of the next page, absent on the last
   */
  record Found(List<QueuedRelease> items, String next) {}

  /** One page of the releases in {@code state}, most recently changed first. */
  static Found read(
      RegistryContext context, Principal caller, ReleaseState state, PageRequest page) {
    Instant now = context.clock().instant();
    ReleasePolicies policies = new ReleasePolicies(context.policy());
    return StoreReads.read(
        context.db(),
        tx -> {
          CatalogPage found =
              CatalogQuery.search(
                  tx,
                  caller,
                  CatalogQuery.filter(Map.of("state", List.of(state.wireName()))),
                  page);
          List<QueuedRelease> items =
              found.items().stream()
                  .map(
                      entry -> {
                        ReleaseRef ref =
                            ReleaseLookup.release(
                                tx,
                                caller,
                                entry.org(),
                                entry.model(),
                                entry.version(),
                                queued(entry));
                        DashboardReleaseView standing =
                            ReleaseStanding.of(tx, ref, caller, policies, now);
                        List<ActionView> actions =
                            standing.next().stream()
                                .filter(action -> STEWARD_ACTIONS.contains(action.action()))
                                .toList();
                        return new QueuedRelease(
                            entry.org(),
                            standing,
                            entry.path(),
                            Links.release(entry.org(), entry.model(), entry.version()),
                            actions,
                            WaiverView.of(tx, ref.release()));
                      })
                  .filter(queued -> state != ReleaseState.DRAFT || queued.waiverWanted())
                  .toList();
          return new Found(items, found.next());
        });
  }

  private static String queued(CatalogEntry entry) {
    return "steward queue " + entry.org() + "/" + entry.model() + "@" + entry.version();
  }
}
