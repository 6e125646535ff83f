package dev.clearance.server.identity;

import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.ApiToken;
import java.time.Instant;

/**
 * The caller's own API tokens without their secrets, oldest first: the Java API behind {@code GET
 * /api/v1/me/tokens} and the tokens page of the account.
 */
public final class OwnTokens {

  private OwnTokens() {}

  /**
   * One page of the tokens of the signed-in {@code caller}, with their status at the server's time
   * {@code now}.
   *
   * @throws IllegalStateException for the anonymous public
   */
  public static TokenList of(Repositories tx, Principal caller, PageRequest request, Instant now) {
    Page<ApiToken> page = tx.apiTokens().listByUser(caller.requireUserId(), request);
    return new TokenList(
        page.items().stream().map(token -> TokenView.of(token, now)).toList(), page.nextCursor());
  }
}
