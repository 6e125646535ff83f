package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.IDENTITY;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PathNames;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.RoleGrant;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registry roles (steward, auditor), granted and revoked by stewards with a reason that goes into
 * the audit log. The registry always keeps at least one steward. The evaluator role is not set
 * here: it follows evaluator vetting (REV-3, {@code dev.clearance.server.evaluator}), and a {@code
 * PUT} or {@code DELETE} of it is a 409 {@code vetting_required} pointing there.
 */
final class RoleEndpoints {

  private static final String PATH = "/api/v1/users/{user}/roles/{role}";
  private static final String EXAMPLE = "{\"reason\":\"approved auditor, see ticket 42\"}";

  private RoleEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.withBody(
            Method.PUT,
            PATH,
            "grantRole",
            IDENTITY,
            "Grant a registry role (steward, auditor) with a reason; evaluators are vetted instead",
            Access.steward(),
            RoleRequest.class,
            EXAMPLE,
            RoleView.class,
            200,
            (ctx, caller) -> grant(context, ctx, caller)),
        Endpoint.withBody(
            Method.DELETE,
            PATH,
            "revokeRole",
            IDENTITY,
            "Revoke a registry role with a reason (never from the last steward; evaluators are"
                + " suspended or revoked through vetting)",
            Access.steward(),
            RoleRequest.class,
            EXAMPLE,
            Void.class,
            204,
            (ctx, caller) -> revoke(context, ctx, caller)));
  }

  private record Outcome(RoleView role, boolean created) {}

  private static void grant(RegistryContext context, Context ctx, Principal caller) {
    String handle = PathNames.slug(ctx, "user", "user");
    GlobalRole role = role(ctx);
    String reason = Json.read(ctx, RoleRequest.class).reason();
    Outcome outcome =
        StoreCalls.transaction(
            context.db(),
            tx -> {
              StoreCalls.serialize(tx);
              User user = MemberEndpoints.findUser(tx, handle);
              Optional<RoleGrant> held = current(tx.globalRoles().holders(role), user);
              if (held.isPresent()) {
                return new Outcome(RoleView.of(handle, held.get()), false);
              }
              RoleGrant grant =
                  tx.globalRoles().grant(user.id(), role, caller.requireUserId(), null);
              IdentityEndpoints.audit(
                  context,
                  tx,
                  caller.requireUserId(),
                  "role.grant",
                  user.id(),
                  null,
                  role.code(),
                  reason,
                  Map.of("role", role.code()));
              return new Outcome(RoleView.of(handle, grant), true);
            });
    if (outcome.created()) {
      ctx.status(201);
    }
    ctx.json(outcome.role());
  }

  private static void revoke(RegistryContext context, Context ctx, Principal caller) {
    String handle = PathNames.slug(ctx, "user", "user");
    GlobalRole role = role(ctx);
    String reason = Json.read(ctx, RoleRequest.class).reason();
    StoreCalls.run(
        context.db(),
        tx -> {
          StoreCalls.serialize(tx);
          User user = MemberEndpoints.findUser(tx, handle);
          List<RoleGrant> holders = tx.globalRoles().holders(role);
          if (current(holders, user).isEmpty()) {
            throw IdentityErrors.notFound(
                "role " + role.code() + " of user '" + handle + "'",
                "The user does not hold this role, so there is nothing to revoke.");
          }
          if (role == GlobalRole.STEWARD && holders.size() <= 1) {
            throw ApiException.conflict(
                "last_steward",
                "cannot revoke steward from '" + handle + "': they are the registry's last steward",
                Map.of("user", handle),
                "Grant the steward role to someone else first (PUT /api/v1/users/{user}/roles/"
                    + "steward), then repeat this.");
          }
          tx.globalRoles().revoke(user.id(), role);
          IdentityEndpoints.audit(
              context,
              tx,
              caller.requireUserId(),
              "role.revoke",
              user.id(),
              role.code(),
              null,
              reason,
              Map.of("role", role.code()));
        });
    ctx.status(204);
  }

  private static Optional<RoleGrant> current(List<RoleGrant> holders, User user) {
    return holders.stream().filter(grant -> grant.userId().equals(user.id())).findFirst();
  }

  /**
   * The role named in the path, never the evaluator role.
   *
   * @throws ApiException 400 for an unknown role, 409 {@code vetting_required} for {@code
   *     evaluator}
   */
  private static GlobalRole role(Context ctx) {
    String code = ctx.pathParam("role");
    GlobalRole role;
    try {
      role = GlobalRole.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_role",
          "'" + IdentityErrors.printable(code) + "' is not a registry role",
          Map.of("parameter", "role"),
          "Registry roles are steward, evaluator and auditor; organization roles are set with"
              + " PUT /api/v1/orgs/{org}/members/{user}.");
    }
    if (role == GlobalRole.EVALUATOR) {
      throw ApiException.conflict(
          "vetting_required",
          "the evaluator role is given and taken by evaluator vetting, not set directly",
          Map.of("role", role.code()),
          "The user applies with POST /api/v1/evaluator-applications; a steward approves with"
              + " POST /api/v1/evaluator-applications/{application}/approve, and suspends,"
              + " reinstates or revokes with POST /api/v1/evaluators/{user}/suspend|reinstate|"
              + "revoke.");
    }
    return role;
  }
}
