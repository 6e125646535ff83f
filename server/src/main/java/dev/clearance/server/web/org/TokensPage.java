package dev.clearance.server.web.org;

import dev.clearance.server.identity.OwnTokens;
import dev.clearance.server.identity.TokenList;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.release.StoreReads;
import dev.clearance.server.route.Principal;
import dev.clearance.server.web.CursorParam;
import dev.clearance.server.web.PageRenderer;
import dev.clearance.server.web.Pager;
import dev.clearance.store.PageRequest;
import io.javalin.http.Context;

/**
 * {@code GET /account/tokens}: the signed-in person's API tokens over the read of {@code GET
 * /api/v1/me/tokens}, paged ({@code ?after=}); creating one shows its secret once, revoking ends
 * it.
 */
final class TokensPage {

  private static final int LIMIT = 50;

  private final RegistryContext context;
  private final PageRenderer renderer;

  TokensPage(RegistryContext context, PageRenderer renderer) {
    this.context = context;
    this.renderer = renderer;
  }

  void show(Context ctx, Principal caller) {
    PageRequest request = CursorParam.of(ctx, "after", LIMIT);
    TokenList tokens;
    try {
      tokens =
          StoreReads.read(
              context.db(), tx -> OwnTokens.of(tx, caller, request, context.clock().instant()));
    } catch (IllegalArgumentException e) {
      throw CursorParam.invalid("after");
    }
    Pager pager =
        new Pager(
            request.after() == null ? null : "/account/tokens",
            "First page",
            tokens.next() == null ? null : "/account/tokens?after=" + Urls.encode(tokens.next()));
    renderer.page(ctx, caller, "API tokens", "org/tokens.jte", new TokensView(tokens, pager));
  }
}
