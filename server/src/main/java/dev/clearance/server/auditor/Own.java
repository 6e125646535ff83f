package dev.clearance.server.auditor;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Ids;
import dev.clearance.store.Repositories;
import dev.clearance.store.auditor.Engagement;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement named by the path parameter {@code {engagement}}: the calling auditor's own (for
 * their endpoints; another auditor's reads exactly like an absent one, 404) or one of a release
 * already found visible to the caller (for the release's endpoints).
 */
final class Own {

  private Own() {}

  /**
   * @throws ApiException 400 for a malformed id, 404 when absent or not the caller's
   */
  static Engagement engagement(Repositories tx, Principal caller, Context ctx) {
    String id = ctx.pathParam("engagement");
    if (!Ids.isValid(id)) {
      throw ApiException.badRequest(
          "invalid_id",
          "'" + id.replaceAll("\\p{Cntrl}", "?") + "' is not an engagement id",
          Map.of("parameter", "engagement"),
          "Use an id from GET /api/v1/me/engagements.");
    }
    return Auditors.engagements(tx)
        .find(id)
        .filter(engagement -> engagement.auditorId().equals(caller.requireUserId()))
        .orElseThrow(() -> ApiException.notFound("engagement " + id));
  }

  /**
   * The engagement {@code {engagement}} of the release {@code releaseId} (already found visible to
   * the caller).
   *
   * @throws ApiException 404 when absent, malformed or of another release
   */
  static Engagement ofRelease(Repositories tx, String releaseId, Context ctx) {
    String id = ctx.pathParam("engagement");
    return (Ids.isValid(id) ? Auditors.engagements(tx).find(id) : Optional.<Engagement>empty())
        .filter(engagement -> engagement.releaseId().equals(releaseId))
        .orElseThrow(() -> ApiException.notFound("engagement " + id.replaceAll("\\p{Cntrl}", "?")));
  }
}
