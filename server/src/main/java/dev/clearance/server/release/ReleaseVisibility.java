package dev.clearance.server.release;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.auditor.AuditEngagements;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.release.Transition;
import java.util.Optional;

/**
 * Who may see a release and its material (OPS-3): everyone once it has been public; before that
 * only members of its organization, stewards, and the evaluators and auditors granted access to it.
 * Every read of a release, its files, report and history asks this class, so the grants of issue 6
 * are added in {@link #granted} alone. Callers without a right get a 404, exactly as for something
 * that does not exist.
 */
public final class ReleaseVisibility {

  private ReleaseVisibility() {}

  /** True when {@code caller} may see {@code release} of the organization {@code orgSlug}. */
  public static boolean canSee(Repositories tx, Principal caller, String orgSlug, Release release) {
    return hasPreReleaseRight(caller, orgSlug)
        || granted(tx, caller, release)
        || everPublic(tx, release);
  }

  /**
   * True when {@code caller} may see {@code model}: it has a release that has been public, or the
   * caller may see pre-release material of its organization.
   */
  public static boolean canSee(Repositories tx, Principal caller, String orgSlug, Model model) {
    if (hasPreReleaseRight(caller, orgSlug)) {
      return true;
    }
    Optional<Release> recommended = tx.releases().findRecommended(model.id());
    if (recommended.isPresent() && everPublic(tx, recommended.get())) {
      return true;
    }
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Release> page = tx.releases().listByModel(model.id(), request);
      for (Release release : page.items()) {
        if (everPublic(tx, release) || granted(tx, caller, release)) {
          return true;
        }
      }
      if (page.next().isEmpty()) {
        return false;
      }
      request = request.next(page.next().get());
    }
  }

  /** Members of the organization (any role) and stewards see all its pre-release material. */
  public static boolean hasPreReleaseRight(Principal caller, String orgSlug) {
    return caller.isSteward() || caller.memberships().containsKey(orgSlug);
  }

  /**
   * Evaluators and auditors granted access to a release see it before it is public: a vetted
   * evaluator with an active, unexpired access grant (REV-3), an auditor with an accepted
   * engagement (REV-6).
   */
  public static boolean granted(Repositories tx, Principal caller, Release release) {
    return AccessGrants.activeGrant(tx, caller, release).isPresent()
        || AuditEngagements.active(tx, caller, release);
  }

  /**
   * True once the release has been public: it is released, deprecated, superseded or reverted, or
   * it was retracted after having been released (its history says so).
   */
  public static boolean everPublic(Repositories tx, Release release) {
    if (release.state().isPreRelease()) {
      return false;
    }
    if (release.state() != ReleaseState.RETRACTED) {
      return true;
    }
    return tx.transitions().listByRelease(release.id()).stream()
        .map(Transition::to)
        .anyMatch(state -> state == ReleaseState.RELEASED);
  }
}
