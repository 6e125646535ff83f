package dev.clearance.server.evaluator;

import dev.clearance.store.Repositories;
import java.util.List;

/**
 * Evaluator applications: a page of the stewards' queue (oldest first), or all of the caller's own
 * (newest first).
 *
 * @param next the {@code after} value of the next page, absent on the last page
 */
public record ApplicationList(List<ApplicationView> items, String next) {

  public ApplicationList {
    items = List.copyOf(items);
  }

  /**
   * All applications of the user {@code userId}, newest first (the first is their status), as
   * {@code GET /api/v1/me/evaluator-applications} and the evaluator's page read them.
   */
  public static ApplicationList own(Repositories tx, String userId) {
    return new ApplicationList(
        Evaluators.applications(tx).listByUser(userId).stream()
            .map(application -> ApplicationView.of(tx, application))
            .toList(),
        null);
  }
}
