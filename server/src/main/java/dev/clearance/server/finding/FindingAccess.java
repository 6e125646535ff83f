package dev.clearance.server.finding;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.ReleaseVisibility;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Repositories;
import dev.clearance.store.finding.Finding;
import dev.clearance.store.identity.GlobalRole;
import io.javalin.http.Context;

/**
 * Who may see and act on findings (REV-4, REV-5). Findings are as visible as their release ({@link
 * ReleaseLookup}: 404 for callers who may not see it, and evaluators' reads are logged); once the
 * release has been public anyone sees them, with the parts a steward redacted hidden from everyone
 * but the organization, stewards and evaluators with an active grant. Comments and attachments come
 * from review participants: those three, and the evaluator who filed the finding.
 */
final class FindingAccess {

  private FindingAccess() {}

  /** The finding named by {@code {finding}} of {@code ref}'s release; 404 otherwise. */
  static Finding finding(Repositories tx, ReleaseRef ref, Context ctx) {
    String id = ctx.pathParam("finding");
    return Findings.findings(tx)
        .find(id)
        .filter(found -> found.releaseId().equals(ref.release().id()))
        .orElseThrow(
            () -> ApiException.notFound("finding '" + printable(id) + "' of " + ref.label()));
  }

  /**
   * True when {@code caller} sees everything of the release's findings, redacted parts included:
   * members of its organization, stewards and evaluators with an active access grant.
   */
  static boolean seesRedacted(Repositories tx, Principal caller, ReleaseRef ref) {
    return ReleaseVisibility.hasPreReleaseRight(caller, ref.org().slug())
        || ReleaseVisibility.granted(tx, caller, ref.release());
  }

  /**
   * @throws ApiException 403 unless {@code caller} takes part in the review of {@code finding}: a
   *     member of the organization, a steward, an evaluator with an active grant, or the evaluator
   *     who filed it
   */
  static void requireParticipant(
      Repositories tx, Principal caller, ReleaseRef ref, Finding finding) {
    if (seesRedacted(tx, caller, ref) || isFiler(caller, finding)) {
      return;
    }
    throw ApiException.forbidden(
        "only the organization, stewards, the evaluator who filed the finding and evaluators with"
            + " an active access grant to "
            + ref.label()
            + " may add to its findings",
        "Read the findings; to take part in a review, request access while it is open.");
  }

  /** True when {@code caller} is the vetted evaluator who filed {@code finding}. */
  static boolean isFiler(Principal caller, Finding finding) {
    return !caller.isAnonymous()
        && caller.has(GlobalRole.EVALUATOR)
        && caller.requireUserId().equals(finding.evaluatorId());
  }

  static String printable(String text) {
    String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
