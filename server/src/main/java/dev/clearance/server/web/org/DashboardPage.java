package dev.clearance.server.web.org;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.dashboard.DashboardView;
import dev.clearance.server.dashboard.OrganizationDashboard;
import dev.clearance.server.finding.AwaitingList;
import dev.clearance.server.finding.AwaitingResponses;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.review.GrantList;
import dev.clearance.server.review.WaitingRequests;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.CursorParam;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.Organization;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /orgs/{org}}: the organization's dashboard over the reads of {@code GET
 * /api/v1/orgs/{org}/dashboard}, {@code …/findings/awaiting-response} and {@code
 * …/access-requests}. Each list pages by its own query parameter ({@code state} with {@code after}
 * for one state's releases, {@code findings}, {@code requests}); an htmx request gets the list it
 * targets alone.
 */
final class DashboardPage {

  /** Releases per state on the dashboard; {@code ?state=} pages one state by this many. */
  static final int RELEASES_PER_STATE = 10;

  /** Findings and access requests per page. */
  static final int LIST_LIMIT = 10;

  private final RegistryContext context;
  private final PageRenderer renderer;
  private final ReleasePolicies policies;

  DashboardPage(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
    this.policies = new ReleasePolicies(context.policy());
  }

  void show(Context ctx, Principal caller) {
    Optional<ReleaseState> only = state(ctx.queryParam("state"));
    if (ctx.queryParam("after") != null && only.isEmpty()) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "after pages the releases of one state: it needs the state parameter",
          Map.of("parameter", "after"),
          "Follow the \"Next page\" link of a state's list.");
    }
    PageRequest releases = CursorParam.of(ctx, "after", RELEASES_PER_STATE);
    PageRequest findings = CursorParam.of(ctx, "findings", LIST_LIMIT);
    PageRequest requests = CursorParam.of(ctx, "requests", LIST_LIMIT);
    Instant now = context.clock().instant();
    DashboardPageView view =
        StoreReads.read(
            context.db(),
            tx -> {
              Organization org = ReleaseLookup.organization(tx, ctx);
              DashboardView dashboard =
                  read(
                      "after",
                      () ->
                          OrganizationDashboard.of(tx, org, caller, policies, now, only, releases));
              AwaitingList awaiting =
                  read("findings", () -> AwaitingResponses.of(tx, org, findings, now));
              GrantList waiting =
                  read("requests", () -> WaitingRequests.of(tx, org, requests, now));
              return new DashboardPageView(
                  org.displayName(),
                  dashboard,
                  only.map(ReleaseState::wireName).orElse(null),
                  only.isEmpty()
                      ? new Pager(null, "", null)
                      : pager(ctx, "after", releases, onlyNext(dashboard)),
                  awaiting,
                  pager(ctx, "findings", findings, awaiting.next()),
                  waiting,
                  pager(ctx, "requests", requests, waiting.next()));
            });
    if (PageRenderer.wantsFragment(ctx)) {
      String target = String.valueOf(ctx.header("HX-Target"));
      switch (target) {
        case "releases" -> {
          renderer.fragment(ctx, "org/releaseGroups.jte", view);
          return;
        }
        case "awaiting" -> {
          renderer.fragment(ctx, "org/awaitingList.jte", view);
          return;
        }
        case "requests" -> {
          renderer.fragment(ctx, "org/requestList.jte", view);
          return;
        }
        default -> {}
      }
    }
    renderer.page(ctx, caller, Shown.text(view.displayName()), "org/dashboard.jte", view);
  }

  private static String onlyNext(DashboardView dashboard) {
    return dashboard.groups().isEmpty() ? null : dashboard.groups().get(0).next();
  }

  private static Pager pager(Context ctx, String parameter, PageRequest request, String next) {
    return new Pager(
        request.after() == null ? null : QueryLinks.with(ctx, parameter, null),
        "First page",
        next == null ? null : QueryLinks.with(ctx, parameter, next));
  }

  /** Reads a list; a cursor the store refuses is a 400 naming {@code parameter}. */
  private static <T> T read(String parameter, java.util.function.Supplier<T> list) {
    try {
      return list.get();
    } catch (IllegalArgumentException e) {
      throw CursorParam.invalid(parameter);
    }
  }

  private static Optional<ReleaseState> state(String wireName) {
    if (wireName == null || wireName.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ReleaseState.fromWireName(wireName));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "state must be a release state such as in_review",
          Map.of("parameter", "state"),
          "Leave out state to see every state, or pick one from the dashboard.");
    }
  }
}
