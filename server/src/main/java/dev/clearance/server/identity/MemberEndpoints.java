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
import dev.clearance.store.identity.Membership;
import dev.clearance.store.identity.OrgRole;
import dev.clearance.store.identity.Organization;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Members of an organization: listed for its members and stewards, added, changed and removed by
 * its admins and stewards. An organization always keeps at least one admin.
 */
final class MemberEndpoints {

  private static final String MEMBER_PATH = "/api/v1/orgs/{org}/members/{user}";

  private MemberEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    Access adminOrSteward = new Access.OrgMember(OrgRole.ADMIN, true);
    return List.of(
        Endpoint.of(
            Method.GET,
            "/api/v1/orgs/{org}/members",
            "listMembers",
            ORGANIZATIONS,
            "The members of an organization with their roles (paginated)",
            Access.releaserOrSteward(),
            MemberList.class,
            (ctx, caller) -> list(context, ctx)),
        Endpoint.withBody(
            Method.PUT,
            MEMBER_PATH,
            "putMember",
            ORGANIZATIONS,
            "Add a user to an organization or change their role (If-Match: the membership's"
                + " version)",
            adminOrSteward,
            MemberRequest.class,
            "{\"role\":\"releaser\"}",
            MemberView.class,
            200,
            (ctx, caller) -> put(context, ctx, caller)),
        Endpoint.of(
            Method.DELETE,
            MEMBER_PATH,
            "removeMember",
            ORGANIZATIONS,
            "Remove a member from an organization (never its last admin)",
            adminOrSteward,
            Void.class,
            204,
            (ctx, caller) -> remove(context, ctx, caller)));
  }

  private static void list(RegistryContext context, Context ctx) {
    String slug = PathNames.slug(ctx, "org", "organization");
    PageRequest request = PageParams.of(ctx);
    MemberList members =
        StoreCalls.read(
            context.db(),
            tx -> {
              Organization org = OrganizationEndpoints.find(tx, slug);
              Page<Membership> page = tx.memberships().listByOrganization(org.id(), request);
              List<MemberView> items =
                  page.items().stream()
                      .map(
                          membership ->
                              MemberView.of(
                                  membership, tx.users().find(membership.userId()).orElseThrow()))
                      .toList();
              return new MemberList(items, page.nextCursor());
            });
    ctx.json(members);
  }

  private record Outcome(MemberView member, boolean created) {}

  private static void put(RegistryContext context, Context ctx, Principal caller) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String handle = PathNames.slug(ctx, "user", "user");
    OptionalLong expected = IfMatch.version(ctx);
    OrgRole role = Json.read(ctx, MemberRequest.class).orgRole();
    Outcome outcome =
        StoreCalls.transaction(
            context.db(),
            tx -> {
              StoreCalls.serialize(tx);
              Organization org = OrganizationEndpoints.find(tx, slug);
              User user = findUser(tx, handle);
              Optional<Membership> existing = tx.memberships().find(user.id(), org.id());
              if (existing.isEmpty()) {
                if (expected.isPresent()) {
                  throw IfMatch.absent(describe(handle, slug));
                }
                Membership added = tx.memberships().add(user.id(), org.id(), role);
                IdentityEndpoints.audit(
                    context,
                    tx,
                    caller.requireUserId(),
                    "member.add",
                    org.id(),
                    null,
                    role.code(),
                    null,
                    Map.of("user", user.id()));
                return new Outcome(MemberView.of(added, user), true);
              }
              Membership current = existing.get();
              if (expected.isPresent() && expected.getAsLong() != current.version()) {
                throw ApiException.stale(
                    describe(handle, slug), expected.getAsLong(), current.version());
              }
              if (current.role() == role) {
                return new Outcome(MemberView.of(current, user), false);
              }
              if (current.role() == OrgRole.ADMIN) {
                refuseIfLastAdmin(tx, org, handle, "change the role of");
              }
              Membership changed =
                  tx.memberships().updateRole(user.id(), org.id(), current.version(), role);
              IdentityEndpoints.audit(
                  context,
                  tx,
                  caller.requireUserId(),
                  "member.change",
                  org.id(),
                  current.role().code(),
                  role.code(),
                  null,
                  Map.of("user", user.id()));
              return new Outcome(MemberView.of(changed, user), false);
            });
    IfMatch.etag(ctx, outcome.member().version());
    if (outcome.created()) {
      ctx.header("Location", "/api/v1/orgs/" + slug + "/members/" + handle);
      ctx.status(201);
    }
    ctx.json(outcome.member());
  }

  private static void remove(RegistryContext context, Context ctx, Principal caller) {
    String slug = PathNames.slug(ctx, "org", "organization");
    String handle = PathNames.slug(ctx, "user", "user");
    StoreCalls.run(
        context.db(),
        tx -> {
          StoreCalls.serialize(tx);
          Organization org = OrganizationEndpoints.find(tx, slug);
          User user = findUser(tx, handle);
          Membership current =
              tx.memberships()
                  .find(user.id(), org.id())
                  .orElseThrow(
                      () ->
                          IdentityErrors.notFound(
                              describe(handle, slug),
                              "List the members with GET /api/v1/orgs/" + slug + "/members."));
          if (current.role() == OrgRole.ADMIN) {
            refuseIfLastAdmin(tx, org, handle, "remove");
          }
          tx.memberships().remove(user.id(), org.id());
          IdentityEndpoints.audit(
              context,
              tx,
              caller.requireUserId(),
              "member.remove",
              org.id(),
              current.role().code(),
              null,
              null,
              Map.of("user", user.id()));
        });
    ctx.status(204);
  }

  private static void refuseIfLastAdmin(
      Repositories tx, Organization org, String handle, String action) {
    if (tx.memberships().countByRole(org.id(), OrgRole.ADMIN) <= 1) {
      throw ApiException.conflict(
          "last_admin",
          "cannot "
              + action
              + " '"
              + handle
              + "': they are the last admin of organization '"
              + org.slug()
              + "'",
          Map.of("org", org.slug(), "user", handle),
          "Make another member admin first (PUT /api/v1/orgs/"
              + org.slug()
              + "/members/{user} with {\"role\":\"admin\"}), then repeat this.");
    }
  }

  /**
   * The user {@code handle}.
   *
   * @throws ApiException 404 when there is none
   */
  static User findUser(Repositories tx, String handle) {
    return tx.users()
        .findByHandle(handle)
        .orElseThrow(
            () ->
                IdentityErrors.notFound(
                    "user '" + handle + "'",
                    "Check the handle; people create accounts with POST /api/v1/users."));
  }

  private static String describe(String handle, String slug) {
    return "the membership of '" + handle + "' in '" + slug + "'";
  }
}
