package dev.clearance.server.route;

import dev.clearance.server.http.ApiException;
import dev.clearance.store.identity.GlobalRole;
import io.javalin.http.Context;

/** Enforces an endpoint's {@link Access} rule before its handler runs (OPS-3). */
final class AccessCheck {

  private AccessCheck() {}

  /**
   * Authenticates the caller of {@code ctx}, records them for the request log ({@link
   * EndpointTable#CALLER_ATTRIBUTE}) and enforces {@code access}: the shared entrance of endpoints
   * and pages.
   *
   * @throws ApiException 401 or 403 as {@link #enforce} and the authenticator decide
   */
  static Principal admit(Access access, Authenticator authenticator, Context ctx) {
    Principal caller = authenticator.authenticate(ctx);
    ctx.attribute(EndpointTable.CALLER_ATTRIBUTE, caller);
    enforce(access, caller, ctx);
    return caller;
  }

  /**
   * Returns normally when {@code caller} may call the endpoint.
   *
   * @throws ApiException 401 for the anonymous public on a non-public endpoint, 403 for a user
   *     without the role
   */
  static void enforce(Access access, Principal caller, Context ctx) {
    switch (access) {
      case Access.Anyone anyone -> {}
      case Access.BootstrapToken bootstrap -> {}
      case Access.SignedIn signedIn -> requireSignedIn(caller);
      case Access.Steward steward -> {
        requireSignedIn(caller);
        if (!caller.isSteward()) {
          throw ApiException.forbidden(
              "only stewards may do this", "Ask a steward of this registry to do it for you.");
        }
      }
      case Access.GlobalRoles needed -> {
        requireSignedIn(caller);
        if (needed.roles().stream().noneMatch(caller::has)) {
          throw ApiException.forbidden(
              "this needs one of the registry roles " + roleNames(needed),
              "Evaluators apply to be vetted (POST /api/v1/evaluator-applications); stewards"
                  + " grant the other roles.");
        }
      }
      case Access.ReviewParticipant participant -> {
        requireSignedIn(caller);
        String org = ctx.pathParam("org");
        if (!caller.memberships().containsKey(org)
            && !caller.isSteward()
            && !caller.has(GlobalRole.EVALUATOR)) {
          throw ApiException.forbidden(
              "this needs membership of organization '"
                  + org
                  + "', the steward role, or a vetted evaluator's access to the release",
              "Evaluators apply to be vetted (POST /api/v1/evaluator-applications), then request"
                  + " access to the release.");
        }
      }
      case Access.OrgMember member -> {
        requireSignedIn(caller);
        String org = ctx.pathParam("org");
        if (caller.isMember(org, member.role())) {
          return;
        }
        if (member.stewardAllowed() && caller.isSteward()) {
          return;
        }
        throw ApiException.forbidden(
            "this needs the "
                + member.role().name().toLowerCase(java.util.Locale.ROOT)
                + " role in organization '"
                + org
                + "'",
            "Ask an admin of '" + org + "' to add you, or use a token of a member.");
      }
    }
  }

  static String roleNames(Access.GlobalRoles needed) {
    return needed.roles().stream().map(role -> role.code()).sorted().toList().toString();
  }

  private static void requireSignedIn(Principal caller) {
    if (caller.isAnonymous()) {
      throw ApiException.unauthenticated("this operation needs a signed-in user");
    }
  }
}
