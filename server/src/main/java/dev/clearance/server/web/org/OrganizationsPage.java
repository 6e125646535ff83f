package dev.clearance.server.web.org;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.CursorParam;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /orgs}: the organizations the signed-in person belongs to, with their role; for a
 * steward every organization of the registry, paged ({@code ?after=}).
 */
final class OrganizationsPage {

  private static final int LIMIT = 50;

  private final RegistryContext context;
  private final PageRenderer renderer;

  OrganizationsPage(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
  }

  void show(Context ctx, Principal caller) {
    Map<String, OrgRole> memberships = caller.memberships();
    OrganizationsView view =
        caller.isSteward()
            ? everyOrganization(ctx, memberships)
            : new OrganizationsView(
                ownOrganizations(memberships), false, new Pager(null, "", null));
    renderer.page(ctx, caller, "Your organizations", "org/organizations.jte", view);
  }

  private List<OrganizationsView.Entry> ownOrganizations(Map<String, OrgRole> memberships) {
    return StoreReads.read(
        context.db(),
        tx ->
            memberships.keySet().stream()
                .sorted()
                .flatMap(slug -> tx.organizations().findBySlug(slug).stream())
                .map(org -> entry(org, memberships))
                .toList());
  }

  private OrganizationsView everyOrganization(Context ctx, Map<String, OrgRole> memberships) {
    PageRequest request = CursorParam.of(ctx, "after", LIMIT);
    Page<Organization> page;
    try {
      page = StoreReads.read(context.db(), tx -> tx.organizations().list(request));
    } catch (IllegalArgumentException e) {
      throw CursorParam.invalid("after");
    }
    Pager pager =
        new Pager(
            request.after() == null ? null : "/orgs",
            "First page",
            page.next().map(next -> "/orgs?after=" + Urls.encode(next)).orElse(null));
    return new OrganizationsView(
        page.items().stream().map(org -> entry(org, memberships)).toList(), true, pager);
  }

  private static OrganizationsView.Entry entry(Organization org, Map<String, OrgRole> memberships) {
    OrgRole role = memberships.get(org.slug());
    return new OrganizationsView.Entry(
        org.slug(), org.displayName(), role == null ? null : role.code());
  }
}
