package dev.clearance.server.review;

import dev.clearance.server.evaluator.Evaluators;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.store.Repositories;
import java.util.Map;

/**
 * Whether an evaluator may be given access to a release (REV-3): vetted now ({@link
 * Evaluators#isVetted}), not a member of the releasing organization (members see its material
 * anyway, and cannot review their own work), and without a declared conflict of interest with it
 * ({@link Evaluators#conflictedOrgSlugs}).
 */
final class EvaluatorChecks {

  private EvaluatorChecks() {}

  /**
   * @throws ApiException 409 naming the reason when the evaluator may not get access
   */
  static void requireGrantable(Repositories tx, String evaluatorId, ReleaseRef ref) {
    String handle = GrantView.handle(tx, evaluatorId);
    if (!Evaluators.isVetted(tx, evaluatorId)) {
      throw ApiException.conflict(
          "not_vetted",
          handle + " is not a vetted evaluator",
          Map.of("evaluator", handle),
          "Only evaluators a steward has vetted (and not suspended) can get access.");
    }
    boolean member = tx.memberships().rolesBySlug(evaluatorId).containsKey(ref.org().slug());
    if (member) {
      throw ApiException.conflict(
          "evaluator_conflicted",
          handle + " is a member of " + ref.org().slug() + " and cannot review its releases",
          Map.of("evaluator", handle, "conflict", "membership"),
          "Grant access to an independent evaluator.");
    }
    if (Evaluators.conflictedOrgSlugs(tx, evaluatorId).contains(ref.org().slug())) {
      throw ApiException.conflict(
          "evaluator_conflicted",
          handle
              + " declared a conflict of interest with "
              + ref.org().slug()
              + " and cannot review its releases",
          Map.of("evaluator", handle, "conflict", "declared"),
          "Grant access to an independent evaluator.");
    }
  }
}
