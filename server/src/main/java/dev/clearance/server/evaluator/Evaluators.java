package dev.clearance.server.evaluator;

import dev.clearance.store.Repositories;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.evaluator.EvaluatorApplicationRepository;
import dev.clearance.store.evaluator.EvaluatorStatus;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.Organization;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What other features need of evaluator vetting (REV-3), in the caller's transaction: whether a
 * user is a vetted evaluator now, and which organizations they must not evaluate.
 */
public final class Evaluators {

  private Evaluators() {}

  /** The evaluator applications, in {@code tx}. */
  public static EvaluatorApplicationRepository applications(Repositories tx) {
    return new EvaluatorApplicationRepository(tx.handle(), tx.clock());
  }

  /** The latest application of {@code userId}, which is their evaluator status, if any. */
  public static Optional<EvaluatorApplication> current(Repositories tx, String userId) {
    return applications(tx).latestOf(userId);
  }

  /**
   * Whether {@code userId} is a vetted evaluator now: they hold the {@code evaluator} role (only
   * vetting grants it, and it expires with suspension or revocation) and their latest application
   * is vetted. A holder of the role without any application (granted before vetting existed) counts
   * as vetted with no declared conflicts.
   */
  public static boolean isVetted(Repositories tx, String userId) {
    if (!tx.globalRoles().has(userId, GlobalRole.EVALUATOR)) {
      return false;
    }
    return current(tx, userId)
        .map(application -> application.status() == EvaluatorStatus.VETTED)
        .orElse(true);
  }

  /**
   * The slugs of the organizations {@code userId} must not evaluate, sorted: those declared as
   * conflicts of interest in their latest application, and those they are a member of.
   */
  public static Set<String> conflictedOrgSlugs(Repositories tx, String userId) {
    Set<String> slugs = new TreeSet<>(tx.memberships().rolesBySlug(userId).keySet());
    current(tx, userId)
        .ifPresent(
            application ->
                applications(tx)
                    .conflictedOrgIds(application.id())
                    .forEach(
                        orgId ->
                            tx.organizations()
                                .find(orgId)
                                .map(Organization::slug)
                                .ifPresent(slugs::add)));
    return slugs;
  }
}
