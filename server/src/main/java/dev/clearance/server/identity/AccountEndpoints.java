package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.IDENTITY;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Names;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.Bootstrap;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.NewApiToken;
import dev.clearance.store.identity.User;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Bootstrap of the first steward, sign-up, and the caller's own profile. */
final class AccountEndpoints {

  private AccountEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.withBody(
            Method.POST,
            "/api/v1/bootstrap",
            "bootstrap",
            IDENTITY,
            "Create the first steward with the one-time bootstrap token; returns their first API"
                + " token (shown once)",
            Access.bootstrapToken(),
            BootstrapRequest.class,
            "{\"bootstrapToken\":\"clrb_...\",\"handle\":\"ada\",\"displayName\":\"Ada\","
                + "\"email\":\"ada@example.org\"}",
            BootstrapResult.class,
            201,
            (ctx, caller) -> bootstrap(context, ctx)),
        Endpoint.withBody(
            Method.POST,
            "/api/v1/users",
            "signUp",
            IDENTITY,
            "Create an account (password at least 12 characters)",
            Access.anyone(),
            SignUpRequest.class,
            "{\"handle\":\"grace\",\"displayName\":\"Grace\",\"email\":\"grace@example.org\","
                + "\"password\":\"correct horse battery\"}",
            UserView.class,
            201,
            (ctx, caller) -> signUp(context, ctx)),
        Endpoint.of(
            Method.GET,
            "/api/v1/me",
            "me",
            IDENTITY,
            "The caller: handle, display name, registry roles and memberships",
            Access.signedIn(),
            MeView.class,
            (ctx, caller) -> me(context, ctx, caller)),
        Endpoint.withBody(
            Method.PATCH,
            "/api/v1/me",
            "updateMe",
            IDENTITY,
            "Change the caller's display name or email (a new address gets a link to verify it;"
                + " notifications are emailed only to a verified address; an empty email removes"
                + " it)",
            Access.signedIn(),
            ProfileRequest.class,
            "{\"email\":\"grace@example.org\"}",
            MeView.class,
            200,
            (ctx, caller) -> updateMe(context, ctx, caller)));
  }

  private static void updateMe(RegistryContext context, Context ctx, Principal caller) {
    ProfileRequest request = Json.read(ctx, ProfileRequest.class);
    if (request.displayName() == null && request.email() == null) {
      throw ApiException.badRequest(
          "invalid_body",
          "the change names no field",
          Map.of("field", "email"),
          "Send displayName, email or both.");
    }
    String newName =
        request.displayName() == null
            ? null
            : invalidField(
                "displayName", () -> Names.checkText("displayName", request.displayName()));
    StoreCalls.run(
        context.db(),
        tx -> {
          User user = tx.users().find(caller.requireUserId()).orElseThrow();
          String name = newName == null ? user.displayName() : newName;
          String email =
              request.email() == null
                  ? user.email()
                  : request.email().isBlank() ? null : request.email();
          List<String> released =
              java.util.Objects.equals(email, user.email())
                  ? List.of()
                  : releaseUnverified(tx, email, user.id());
          User changed =
              invalidField(
                  "email", () -> tx.users().updateProfile(user.id(), user.version(), name, email));
          auditReleased(context, tx, user.id(), released);
          List<String> fields = new java.util.ArrayList<>();
          if (!changed.displayName().equals(user.displayName())) {
            fields.add("displayName");
          }
          if (!java.util.Objects.equals(changed.email(), user.email())) {
            fields.add("email");
            context.notifier().requestEmailVerification(tx, changed);
          }
          IdentityEndpoints.audit(
              context,
              tx,
              user.id(),
              "user.update",
              user.id(),
              null,
              null,
              null,
              Map.of("fields", fields));
        });
    me(context, ctx, caller);
  }

  private static void bootstrap(RegistryContext context, Context ctx) {
    BootstrapRequest request = Json.read(ctx, BootstrapRequest.class);
    Bootstrap bootstrap = new Bootstrap(context.db());
    if (!bootstrap.isPending()) {
      // Refused before hashing the password, so a spent token costs the server nothing.
      throw refused();
    }
    String hash = request.password() == null ? null : Passwords.hash(request.password());
    BootstrapResult result =
        StoreCalls.transaction(
            context.db(),
            tx -> {
              // Bootstrap joins this transaction (Jdbi reuses the thread's open handle), so the
              // steward, the spent token, their API token and the audit entry commit together.
              Optional<User> steward =
                  invalidField(
                      "email",
                      () ->
                          bootstrap.redeem(
                              request.bootstrapToken(),
                              request.handle(),
                              request.displayName(),
                              request.email(),
                              hash));
              if (steward.isEmpty()) {
                throw refused();
              }
              User user = steward.get();
              NewApiToken token = tx.apiTokens().create(user.id(), "bootstrap", null);
              IdentityEndpoints.audit(
                  context,
                  tx,
                  user.id(),
                  "user.bootstrap",
                  user.id(),
                  null,
                  GlobalRole.STEWARD.code(),
                  null,
                  Map.of("handle", user.handle(), "tokenId", token.token().id()));
              context.notifier().requestEmailVerification(tx, user);
              return new BootstrapResult(UserView.of(user), CreatedToken.of(token));
            });
    ctx.status(201).json(result);
  }

  private static ApiException refused() {
    return ApiException.forbidden(
        "the bootstrap token is wrong or was already used",
        "The bootstrap token is printed once, at the first start of a new registry, and works"
            + " once. If this registry has a steward already, sign up (POST /api/v1/users) and"
            + " ask a steward for the roles you need.");
  }

  private static void signUp(RegistryContext context, Context ctx) {
    SignUpRequest request = Json.read(ctx, SignUpRequest.class);
    String hash = Passwords.hash(request.password());
    User user =
        StoreCalls.transaction(
            context.db(),
            tx -> {
              List<String> released = releaseUnverified(tx, request.email(), null);
              User created =
                  invalidField(
                      "email",
                      () ->
                          tx.users()
                              .create(
                                  request.handle(), request.displayName(), request.email(), hash));
              auditReleased(context, tx, created.id(), released);
              IdentityEndpoints.audit(
                  context,
                  tx,
                  created.id(),
                  "user.create",
                  created.id(),
                  null,
                  created.status().code(),
                  null,
                  Map.of("handle", created.handle()));
              context.notifier().requestEmailVerification(tx, created);
              return created;
            });
    ctx.status(201).json(UserView.of(user));
  }

  private static void me(RegistryContext context, Context ctx, Principal caller) {
    ctx.json(MeView.of(context.db(), caller));
  }

  /**
   * Takes {@code email} from the accounts that hold it unverified (an address belongs to whoever
   * verifies it), before {@code claimantId} (or a new account) takes it; a verified holder keeps it
   * and the claim then fails as taken.
   */
  private static List<String> releaseUnverified(Repositories tx, String email, String claimantId) {
    if (email == null || email.isBlank()) {
      return List.of();
    }
    return invalidField("email", () -> tx.users().releaseUnverifiedEmail(email, claimantId));
  }

  private static void auditReleased(
      RegistryContext context, Repositories tx, String claimantId, List<String> released) {
    for (String holder : released) {
      IdentityEndpoints.audit(
          context,
          tx,
          claimantId,
          "user.email_released",
          holder,
          null,
          null,
          "another account took the address before this one verified it",
          Map.of("fields", List.of("email")));
    }
  }

  /**
   * Runs a store call whose only input the request record could not check is {@code field}; its
   * {@link IllegalArgumentException} becomes a 400 naming that field.
   */
  static <T> T invalidField(String field, Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "invalid_value",
          e.getMessage(),
          Map.of("field", field),
          "Fix the " + field + " and send the request again.");
    }
  }
}
