package dev.clearance.server.review;

import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.review.AccessEvent;

/**
 * One logged view or download of pre-release material under a grant (REV-3).
 *
 * @param action {@code view} or {@code download}
 * @param resource the request, e.g. {@code GET /api/v1/…/files/content (file README.md)}
 */
public record AccessEventView(
    String id, String grant, String evaluator, String action, String resource, String at) {

  static AccessEventView of(Repositories tx, AccessEvent event) {
    return new AccessEventView(
        event.id(),
        event.grantId(),
        GrantView.handle(tx, event.userId()),
        event.action(),
        event.resource(),
        Times.iso(event.createdAt()));
  }
}
