package dev.clearance.server.review;

import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.release.Release;
import dev.clearance.store.review.AccessEventRepository;
import dev.clearance.store.review.AccessGrant;
import dev.clearance.store.review.AccessGrantRepository;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * What other parts of the server need of evaluators' access grants (REV-3): the repositories in a
 * transaction, the grant that lets a caller see a release now, and the access log that records
 * every view and download made under a grant.
 */
public final class AccessGrants {

  private AccessGrants() {}

  /** The access grants, in {@code tx}. */
  public static AccessGrantRepository grants(Repositories tx) {
    return new AccessGrantRepository(tx.handle(), tx.clock());
  }

  /** The access log, in {@code tx}. */
  public static AccessEventRepository events(Repositories tx) {
    return new AccessEventRepository(tx.handle(), tx.clock());
  }

  /**
   * The grant that gives {@code caller} access to {@code release} now: the caller is a vetted
   * evaluator (holds the evaluator role, which suspension or revocation takes away) and has an
   * active grant that has not expired by the server's clock.
   */
  public static Optional<AccessGrant> activeGrant(
      Repositories tx, Principal caller, Release release) {
    if (caller.isAnonymous() || !caller.has(GlobalRole.EVALUATOR)) {
      return Optional.empty();
    }
    return grants(tx)
        .findOpen(release.id(), caller.requireUserId())
        .filter(grant -> grant.isActiveAt(tx.clock().instant()));
  }

  /**
   * Logs that {@code caller} read pre-release material of {@code release} under a grant: a download
   * of a dossier file or a view of anything else, with the request path. Callers whose right is not
   * a grant are not logged here.
   */
  public static void recordAccess(Repositories tx, Principal caller, Release release, Context ctx) {
    Optional<AccessGrant> grant = activeGrant(tx, caller, release);
    if (grant.isEmpty()) {
      return;
    }
    String file = ctx.queryParam("path");
    boolean download = ctx.path().endsWith("/files/content");
    String resource =
        ctx.method() + " " + ctx.path() + (file == null ? "" : " (file " + clip(file) + ")");
    events(tx).record(grant.get(), download ? "download" : "view", resource);
  }

  /**
   * Logs that {@code caller} viewed pre-release material of {@code release} under a grant outside
   * the API (a web page), described by {@code resource}. Callers whose right is not a grant are not
   * logged here.
   */
  public static void recordView(
      Repositories tx, Principal caller, Release release, String resource) {
    activeGrant(tx, caller, release)
        .ifPresent(grant -> events(tx).record(grant, "view", clip(resource)));
  }

  private static String clip(String text) {
    String cut = text.length() > 512 ? text.substring(0, 512) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
