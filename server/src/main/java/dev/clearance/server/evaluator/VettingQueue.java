package dev.clearance.server.evaluator;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.evaluator.EvaluatorApplication;
import dev.clearance.store.evaluator.EvaluatorStatus;
import java.util.Map;

/**
 * The stewards' vetting queue (REV-3): evaluator applications by status, oldest first. The API
 * ({@code GET /api/v1/evaluator-applications}) and the stewards' vetting page read it here; callers
 * check that the caller is a steward.
 */
public final class VettingQueue {

  private VettingQueue() {}

  /**
   * One page of the applications with status {@code status} ({@code pending} when absent).
   *
   * @throws ApiException 400 naming {@code status} when it is not a status of an application
   */
  public static ApplicationList read(RegistryContext context, String status, PageRequest request) {
    EvaluatorStatus wanted = status(status);
    return StoreReads.read(
        context.db(),
        tx -> {
          Page<EvaluatorApplication> page =
              Evaluators.applications(tx).listByStatus(wanted, request);
          return new ApplicationList(
              page.items().stream()
                  .map(application -> ApplicationView.of(tx, application))
                  .toList(),
              page.nextCursor());
        });
  }

  private static EvaluatorStatus status(String code) {
    if (code == null || code.isEmpty()) {
      return EvaluatorStatus.PENDING;
    }
    try {
      return EvaluatorStatus.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "status must be pending, vetted, rejected, suspended, revoked or withdrawn",
          Map.of("parameter", "status"),
          "Leave out status for the queue of pending applications.");
    }
  }

  /** How many applications wait for a steward's decision. */
  public static int pending(RegistryContext context) {
    return StoreReads.read(
        context.db(), tx -> Evaluators.applications(tx).countByStatus(EvaluatorStatus.PENDING));
  }
}
