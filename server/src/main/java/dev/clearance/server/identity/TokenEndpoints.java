package dev.clearance.server.identity;

import static dev.clearance.server.identity.IdentityEndpoints.IDENTITY;

import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Access;
import dev.clearance.server.route.Endpoint;
import dev.clearance.server.route.Endpoint.Method;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Ids;
import dev.clearance.store.PageRequest;
import dev.clearance.store.identity.ApiToken;
import dev.clearance.store.identity.NewApiToken;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's API tokens: create (the secret is in that answer only), list without secrets,
 * revoke. A token of another user is answered like one that does not exist (404).
 */
final class TokenEndpoints {

  private TokenEndpoints() {}

  static List<Endpoint> list(RegistryContext context) {
    return List.of(
        Endpoint.withBody(
            Method.POST,
            "/api/v1/me/tokens",
            "createToken",
            IDENTITY,
            "Create an API token for the caller; its secret is in this answer only",
            Access.signedIn(),
            TokenRequest.class,
            "{\"name\":\"ci-pipeline\",\"expiresInDays\":90}",
            CreatedToken.class,
            201,
            (ctx, caller) -> create(context, ctx, caller)),
        Endpoint.of(
            Method.GET,
            "/api/v1/me/tokens",
            "listTokens",
            IDENTITY,
            "The caller's API tokens, without secrets (paginated)",
            Access.signedIn(),
            TokenList.class,
            (ctx, caller) -> list(context, ctx, caller)),
        Endpoint.of(
            Method.DELETE,
            "/api/v1/me/tokens/{tokenId}",
            "revokeToken",
            IDENTITY,
            "Revoke one of the caller's API tokens; it stops working at once",
            Access.signedIn(),
            Void.class,
            204,
            (ctx, caller) -> revoke(context, ctx, caller)));
  }

  private static void create(RegistryContext context, Context ctx, Principal caller) {
    TokenRequest request = Json.read(ctx, TokenRequest.class);
    String userId = caller.requireUserId();
    Instant expiresAt =
        request.expiresInDays() == null
            ? null
            : Instant.ofEpochMilli(context.clock().millis())
                .plus(Duration.ofDays(request.expiresInDays()));
    NewApiToken created =
        StoreCalls.transaction(
            context.db(),
            tx -> {
              NewApiToken token = tx.apiTokens().create(userId, request.name(), expiresAt);
              IdentityEndpoints.audit(
                  context,
                  tx,
                  userId,
                  "token.create",
                  userId,
                  null,
                  "active",
                  null,
                  Map.of("tokenId", token.token().id(), "name", token.token().name()));
              return token;
            });
    ctx.status(201).json(CreatedToken.of(created));
  }

  private static void list(RegistryContext context, Context ctx, Principal caller) {
    PageRequest request = PageParams.of(ctx);
    Instant now = context.clock().instant();
    ctx.json(StoreCalls.read(context.db(), tx -> OwnTokens.of(tx, caller, request, now)));
  }

  private static void revoke(RegistryContext context, Context ctx, Principal caller) {
    String tokenId = ctx.pathParam("tokenId");
    String userId = caller.requireUserId();
    if (!Ids.isValid(tokenId)) {
      throw notFound(tokenId);
    }
    StoreCalls.run(
        context.db(),
        tx -> {
          Optional<ApiToken> token =
              tx.apiTokens().find(tokenId).filter(found -> found.userId().equals(userId));
          if (token.isEmpty()) {
            throw notFound(tokenId);
          }
          if (tx.apiTokens().revoke(tokenId, userId)) {
            IdentityEndpoints.audit(
                context,
                tx,
                userId,
                "token.revoke",
                userId,
                "active",
                "revoked",
                null,
                Map.of("tokenId", tokenId, "name", token.get().name()));
          }
        });
    ctx.status(204);
  }

  private static ApiException notFound(String tokenId) {
    return IdentityErrors.notFound(
        "API token '" + IdentityErrors.printable(tokenId) + "' of the caller",
        "List your tokens with GET /api/v1/me/tokens; a token can be revoked only by its owner.");
  }
}
