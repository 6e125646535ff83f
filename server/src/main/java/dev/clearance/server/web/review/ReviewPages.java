package dev.clearance.server.web.review;

import dev.clearance.policy.Policy;
import dev.clearance.release.ReleaseState;
import dev.clearance.server.catalog.ModelPageData;
import dev.clearance.server.catalog.ModelPages;
import dev.clearance.server.evaluator.ApplicationList;
import dev.clearance.server.finding.FindingTemplateView;
import dev.clearance.server.finding.FindingView;
import dev.clearance.server.finding.MyFindingList;
import dev.clearance.server.finding.MyFindings;
import dev.clearance.server.finding.ReleaseFindings;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.release.Times;
import dev.clearance.server.review.AccessGrants;
import dev.clearance.server.review.EvaluatorReads;
import dev.clearance.server.review.GrantList;
import dev.clearance.server.review.OpenReviewList;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.CursorParam;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.release.Model;
import dev.clearance.store.release.Release;
import dev.clearance.store.review.AccessGrant;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The evaluator's pages (issue 7 item 4): {@code /review} (apply to be vetted and the application's
 * status; once vetted the releases in review with a request-access form, the caller's grants with
 * expiry, their findings with responses and the contest form) and {@code
 * /review/{org}/{model}/{version}} (the pre-release material under a grant, the finding form of the
 * policy's template with attachments, the caller's findings on the release). Everything is read as
 * the API reads it for the same caller; a release the caller may not see is a 404 and a view under
 * a grant is logged ({@link ModelPages}, REV-3).
 */
public final class ReviewPages {

  /** Rows per list on {@code /review}. */
  static final int LIMIT = 20;

  private ReviewPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    ModelPages releases = new ModelPages(context);
    ReleasePolicies policies = new ReleasePolicies(context.policy());
    MyFindings findings = new MyFindings(policies);
    return List.of(
        Page.get(
            "/review",
            "reviewHome",
            Access.signedIn(),
            (ctx, caller) ->
                renderer.page(
                    ctx,
                    caller,
                    "Review",
                    "review/home.jte",
                    home(context, findings, ctx, caller))),
        Page.get(
            "/review/{org}/{model}/{version}",
            "reviewMaterial",
            new Access.GlobalRoles(Set.of(GlobalRole.EVALUATOR)),
            (ctx, caller) -> {
              MaterialView view = material(context, releases, policies, ctx, caller);
              ModelPageData.ModelSummary model = view.release().model();
              renderer.page(
                  ctx,
                  caller,
                  "Review "
                      + model.org()
                      + "/"
                      + model.name()
                      + " "
                      + view.release().release().version(),
                  "review/material.jte",
                  view);
            }));
  }

  private static ReviewHomeView home(
      RegistryContext context, MyFindings findings, Context ctx, Principal caller) {
    boolean vetted = caller.has(GlobalRole.EVALUATOR);
    String reviewsAfter = ctx.queryParam("reviewsAfter");
    String grantsAfter = ctx.queryParam("grantsAfter");
    String findingsAfter = ctx.queryParam("findingsAfter");
    PageRequest reviewsPage = CursorParam.of(ctx, "reviewsAfter", LIMIT);
    PageRequest grantsPage = CursorParam.of(ctx, "grantsAfter", LIMIT);
    PageRequest findingsPage = CursorParam.of(ctx, "findingsAfter", LIMIT);
    return StoreReads.read(
        context.db(),
        tx -> {
          ApplicationList applications = ApplicationList.own(tx, caller.requireUserId());
          if (!vetted) {
            return new ReviewHomeView(
                false,
                applications.items(),
                new OpenReviewList(List.of(), null),
                new Pager(null, "", null),
                new GrantList(List.of(), null),
                new Pager(null, "", null),
                new MyFindingList(List.of(), 0, null),
                new Pager(null, "", null));
          }
          Instant now = context.clock().instant();
          OpenReviewList reviews = EvaluatorReads.openReviews(tx, caller, reviewsPage);
          GrantList grants = EvaluatorReads.myGrants(tx, caller, grantsPage, now);
          MyFindingList mine =
              findings.list(tx, caller, findingsPage, now, "evaluator page /review");
          return new ReviewHomeView(
              true,
              applications.items(),
              reviews,
              pager("reviewsAfter", reviewsAfter, reviews.next(), "open-reviews"),
              grants,
              pager("grantsAfter", grantsAfter, grants.next(), "grants"),
              mine,
              pager("findingsAfter", findingsAfter, mine.next(), "findings"));
        });
  }

  /** Pages of one list of {@code /review}; the other lists start again at their first page. */
  private static Pager pager(String parameter, String after, String next, String anchor) {
    return new Pager(
        after == null || after.isEmpty() ? null : "/review#" + anchor,
        "First page",
        next == null ? null : "/review?" + parameter + "=" + Links.segment(next) + "#" + anchor);
  }

  private static MaterialView material(
      RegistryContext context,
      ModelPages releases,
      ReleasePolicies policies,
      Context ctx,
      Principal caller) {
    String org = ctx.pathParam("org");
    String model = ctx.pathParam("model");
    String version = ctx.pathParam("version");
    // The model page's read: 404 for a release the caller may not see, the view logged (REV-3).
    ModelPageData data = releases.read(caller, org, model, version);
    return StoreReads.read(
        context.db(),
        tx -> {
          ReleaseRef ref = seen(tx, data);
          Optional<AccessGrant> grant = AccessGrants.activeGrant(tx, caller, ref.release());
          Policy policy = policies.of(tx, ref.release());
          List<FindingView> mine =
              ReleaseFindings.views(
                      tx,
                      caller,
                      ref,
                      policy.review(),
                      context.clock().instant(),
                      ModelPages.MAX_FINDINGS)
                  .stream()
                  .filter(finding -> finding.evaluator().equals(caller.handle()))
                  .toList();
          return new MaterialView(
              data,
              FindingTemplateView.of(policy),
              grant.map(found -> Times.iso(found.expiresAt())).orElse(null),
              grant.isPresent() && ref.release().state() == ReleaseState.IN_REVIEW,
              data.versions().stream()
                  .filter(ModelPageData.Version::current)
                  .map(ModelPageData.Version::path)
                  .findFirst()
                  .orElseThrow(),
              mine);
        });
  }

  /** The release {@link ModelPages#read} found and let the caller see, by its names. */
  private static ReleaseRef seen(Repositories tx, ModelPageData data) {
    Organization org = tx.organizations().findBySlug(data.model().org()).orElseThrow();
    Model model = tx.models().findByName(org.id(), data.model().name()).orElseThrow();
    Release release =
        tx.releases().findByVersion(model.id(), data.release().version()).orElseThrow();
    return new ReleaseRef(org, model, release);
  }
}
