package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.ORGANIZATIONS;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.IfMatch;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Organizations: created by stewards with a first admin, readable by anyone. */
final class OrganizationEndpoints {

  private OrganizationEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.withBody(
            Method.POST,
            "/api/v1/orgs",
            "createOrganization",
            ORGANIZATIONS,
            "Create an organization with an existing user as its first admin",
            Access.steward(),
            OrganizationRequest.class,
            "{\"slug\":\"acme\",\"displayName\":\"Acme Labs\",\"admin\":\"grace\"}",
            OrganizationView.class,
            201,
            (ctx, caller) -> create(context, ctx, caller)),
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs",
            "listOrganizations",
            ORGANIZATIONS,
            "Every organization, oldest first (paginated)",
            Access.anyone(),
            OrganizationList.class,
            (ctx, caller) -> list(context, ctx)),
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs/{org}",
            "getOrganization",
            ORGANIZATIONS,
            "One organization",
            Access.anyone(),
            OrganizationView.class,
            (ctx, caller) -> get(context, ctx)));
  }

  private static void create(RegistryContext context, Context ctx, Principal caller) {
    OrganizationRequest request = Json.read(ctx, OrganizationRequest.class);
    Organization org =
        StoreCalls.transaction(
            context.db(),
            tx -> {
              User admin =
                  tx.users()
                      .findByHandle(request.admin())
                      .orElseThrow(
                          () ->
                              ApiException.badRequest(
                                  "unknown_user",
                                  "admin '" + request.admin() + "' is not a user of this registry",
                                  Map.of("field", "admin"),
                                  "Name the handle of an existing user; they can sign up with"
                                      + " POST /api/v1/users."));
              Organization created =
                  tx.organizations().create(request.slug(), request.displayName());
              tx.memberships().add(admin.id(), created.id(), OrgRole.ADMIN);
              String actor = caller.requireUserId();
              IdentityEndpoints.audit(
                  context,
                  tx,
                  actor,
                  "org.create",
                  created.id(),
                  null,
                  created.slug(),
                  null,
                  Map.of("slug", created.slug(), "admin", admin.id()));
              IdentityEndpoints.audit(
                  context,
                  tx,
                  actor,
                  "member.add",
                  created.id(),
                  null,
                  OrgRole.ADMIN.code(),
                  null,
                  Map.of("user", admin.id()));
              return created;
            });
    IfMatch.etag(ctx, org.version());
    ctx.header("Location", "/api/v1/orgs/" + org.slug());
    ctx.status(201).json(OrganizationView.of(org));
  }

  private static void list(RegistryContext context, Context ctx) {
    PageRequest request = PageParams.of(ctx);
    Page<Organization> page = StoreCalls.read(context.db(), tx -> tx.organizations().list(request));
    ctx.json(
        new OrganizationList(
            page.items().stream().map(OrganizationView::of).toList(), page.nextCursor()));
  }

  private static void get(RegistryContext context, Context ctx) {
    String slug = PathNames.slug(ctx, "org", "organization");
    Organization org = StoreCalls.read(context.db(), tx -> find(tx, slug));
    IfMatch.etag(ctx, org.version());
    ctx.json(OrganizationView.of(org));
  }

  /**
   * The organization {@code slug}.
   *
   * @throws ApiException 404 when there is none
   */
  static Organization find(Repositories tx, String slug) {
    return tx.organizations()
        .findBySlug(slug)
        .orElseThrow(
            () ->
                IdentityErrors.notFound(
                    "organization '" + slug + "'",
                    "List the organizations with GET /api/v1/orgs."));
  }
}
