package dev.clearance.server.dashboard;

import dev.clearance.release.ReleaseState;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.ReleaseLookup;
import dev.clearance.server.release.ReleasePolicies;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organization dashboard's endpoint (issue 7): releases by state with their blockers. */
public final class DashboardEndpoints {

  private final RegistryContext context;
  private final ReleasePolicies policies;

  private DashboardEndpoints(RegistryContext context) {
    this.context = context;
    this.policies = new ReleasePolicies(context.policy());
  }

  public static List<Endpoint> list(RegistryContext context) {
    DashboardEndpoints dashboard = new DashboardEndpoints(context);
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs/{org}/dashboard",
            "getOrganizationDashboard",
            "organizations",
            "The organization's releases by state, each with what blocks it: the failed guards of"
                + " its next actions, findings waiting (open, overdue, contested, next deadline),"
                + " the audit attestation, days left in the review window, the rollout stage"
                + " (?state= one state, paginated with limit and after)",
            Access.releaserOrSteward(),
            DashboardView.class,
            dashboard::get));
  }

  /** {@code GET /api/v1/orgs/{org}/dashboard}. */
  private void get(Context ctx, Principal caller) {
    PageRequest page = PageParams.of(ctx);
    Optional<ReleaseState> state = state(ctx.queryParam("state"));
    if (page.after() != null && state.isEmpty()) {
      throw ApiException.badRequest(
          "invalid_parameter",
          "after pages one state: it needs the state parameter",
          Map.of("parameter", "after"),
          "Pass the state of the group together with its 'next', e.g. ?state=in_review&after=….");
    }
    ctx.json(
        StoreReads.read(
            context.db(),
            tx ->
                OrganizationDashboard.of(
                    tx,
                    ReleaseLookup.organization(tx, ctx),
                    caller,
                    policies,
                    context.clock().instant(),
                    state,
                    page)));
  }

  private static Optional<ReleaseState> state(String wireName) {
    if (wireName == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ReleaseState.fromWireName(wireName));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_parameter",
          e.getMessage().replaceAll("\\p{Cntrl}", "?"),
          Map.of("parameter", "state"),
          "Leave out state for every state, or give one of the listed states.");
    }
  }
}
