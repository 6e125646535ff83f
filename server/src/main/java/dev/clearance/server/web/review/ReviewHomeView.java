package dev.clearance.server.web.review;

import dev.clearance.server.evaluator.ApplicationView;
import dev.clearance.server.finding.FindingView;
import dev.clearance.server.finding.MyFindingList;
import dev.clearance.server.review.GrantList;
import dev.clearance.server.review.GrantView;
import dev.clearance.server.review.OpenReviewList;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * What the evaluator's page {@code /review} shows: the caller's evaluator applications and, once
 * vetted, the releases in review, their access grants and their findings with responses. The lists
 * are the API's ({@code GET /api/v1/me/evaluator-applications}, {@code /api/v1/reviews}, {@code
 * /api/v1/me/grants}, {@code /api/v1/me/findings}); before vetting they are empty.
 *
 * @param vetted whether the caller is a vetted evaluator now
 * @param applications the caller's applications, newest first (the first is their status)
 */
public record ReviewHomeView(
    boolean vetted,
    List<ApplicationView> applications,
    OpenReviewList reviews,
    Pager reviewsPager,
    GrantList grants,
    Pager grantsPager,
    MyFindingList findings,
    Pager findingsPager) {

  /** Kinds of conflict an applicant may declare ({@code ConflictRequest}). */
  public static final List<String> CONFLICT_KINDS =
      List.of("employment", "funding", "ownership", "paid_engagement", "other");

  /** How many conflict rows the application form offers. */
  public static final int CONFLICT_ROWS = 3;

  public ReviewHomeView {
    applications = List.copyOf(applications);
  }

  /** The latest application, or {@code null} before the first. */
  public ApplicationView current() {
    return applications.isEmpty() ? null : applications.get(0);
  }

  /**
   * True when the caller may send an application now: not vetted, no application pending, not
   * suspended (a steward reinstates suspended evaluators).
   */
  public boolean mayApply() {
    ApplicationView current = current();
    return !vetted
        && (current == null
            || !List.of("pending", "suspended", "vetted").contains(current.status()));
  }

  /** The page of the release of {@code grant}, where its material and finding form are. */
  public static String materialHref(GrantView grant) {
    return Links.material(grant.org(), grant.model(), grant.version());
  }

  /** The page of the release of {@code finding}. */
  public static String materialHref(FindingView finding) {
    return Links.material(finding.org(), finding.model(), finding.version())
        + "#finding-"
        + finding.id();
  }
}
