package dev.clearance.server.web.org;

import dev.clearance.policy.Policy;
import dev.clearance.server.dashboard.ReleaseStanding;
import dev.clearance.server.finding.FindingList;
import dev.clearance.server.finding.ReleaseFindings;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseActions;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.ReleaseRef;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.review.GrantList;
import dev.clearance.server.review.ReleaseGrants;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.CursorParam;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.OrgRole;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * {@code GET /orgs/{org}/models/{model}/releases/{version}/manage}: one release for its
 * organization and stewards, over the reads of {@code GET …/actions}, the dashboard, {@code GET
 * …/findings} and {@code GET …/grants}. Findings ({@code ?findings=}) and grants ({@code ?grants=})
 * page on their own; an htmx request gets the list it targets alone.
 */
final class ManagePage {

  static final int LIST_LIMIT = 20;

  private final RegistryContext context;
  private final PageRenderer renderer;
  private final ReleasePolicies policies;

  ManagePage(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
    this.policies = new ReleasePolicies(context.policy());
  }

  void show(Context ctx, Principal caller) {
    PageRequest findingsPage = CursorParam.of(ctx, "findings", LIST_LIMIT);
    PageRequest grantsPage = CursorParam.of(ctx, "grants", LIST_LIMIT);
    Instant now = context.clock().instant();
    ManageView view =
        StoreReads.read(
            context.db(),
            tx -> {
              String org = ctx.pathParam("org");
              String model = ctx.pathParam("model");
              String version = ctx.pathParam("version");
              ReleaseRef ref =
                  ReleaseLookup.release(
                      tx,
                      caller,
                      org,
                      model,
                      version,
                      "management page " + org + "/" + model + "@" + version);
              Policy policy = policies.of(tx, ref.release());
              FindingList findings;
              GrantList grants;
              try {
                findings =
                    ReleaseFindings.page(tx, caller, ref, policy.review(), now, findingsPage);
              } catch (IllegalArgumentException e) {
                throw CursorParam.invalid("findings");
              }
              try {
                grants = ReleaseGrants.of(tx, ref, grantsPage, now);
              } catch (IllegalArgumentException e) {
                throw CursorParam.invalid("grants");
              }
              return new ManageView(
                  ref.org().displayName(),
                  ref.release().version(),
                  ReleaseActions.of(tx, ref, caller, policies, now),
                  ReleaseStanding.of(tx, ref, caller, policies, now),
                  findings,
                  pager(ctx, "findings", findingsPage, findings.next()),
                  grants,
                  pager(ctx, "grants", grantsPage, grants.next()),
                  ReleaseFindings.responseKinds(),
                  caller.isMember(ref.org().slug(), OrgRole.RELEASER));
            });
    if (PageRenderer.wantsFragment(ctx)) {
      String target = String.valueOf(ctx.header("HX-Target"));
      if (target.equals("findings")) {
        renderer.fragment(ctx, "org/findingList.jte", view);
        return;
      }
      if (target.equals("grants")) {
        renderer.fragment(ctx, "org/grantList.jte", view);
        return;
      }
    }
    renderer.page(
        ctx, caller, "Manage " + view.model() + " " + view.version(), "org/manage.jte", view);
  }

  private static Pager pager(Context ctx, String parameter, PageRequest request, String next) {
    return new Pager(
        request.after() == null ? null : QueryLinks.with(ctx, parameter, null),
        "First page",
        next == null ? null : QueryLinks.with(ctx, parameter, next));
  }
}
