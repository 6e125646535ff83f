package dev.clearance.server.web.org;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Page;
import dev.clearance.server.web.PageRenderer;
import java.util.List;

/**
 * The organization area's pages (docs/web.md "Organization pages"). Organization pages are for the
 * organization's members and stewards, exactly like the API they read: everyone else is refused
 * before anything is looked up, so nothing about the organization's releases leaks.
 */
public final class OrgPages {

  private OrgPages() {}

  public static List<Page> list(RegistryContext context, PageRenderer renderer) {
    OrganizationsPage organizations = new OrganizationsPage(context, renderer);
    DashboardPage dashboard = new DashboardPage(context, renderer);
    ManagePage manage = new ManagePage(context, renderer);
    TokensPage tokens = new TokensPage(context, renderer);
    return List.of(
        Page.get("/orgs", "organizations", Access.signedIn(), organizations::show),
        Page.get(
            "/orgs/{org}", "organizationDashboard", Access.releaserOrSteward(), dashboard::show),
        Page.get(
            "/orgs/{org}/models/{model}/releases/{version}/manage",
            "releaseManagement",
            Access.releaserOrSteward(),
            manage::show),
        Page.get("/account/tokens", "apiTokens", Access.signedIn(), tokens::show));
  }
}
