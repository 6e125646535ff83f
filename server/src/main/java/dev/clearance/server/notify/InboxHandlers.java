package dev.clearance.server.notify;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.http.PageParams;
import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Ids;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's in-app inbox: list (newest first, {@code unread=true} for unread only), mark one or
 * all read. Only the owner sees or marks their notifications; another user's is answered 404.
 */
final class InboxHandlers {

  private final RegistryContext context;

  InboxHandlers(RegistryContext context) {
    this.context = context;
  }

  void list(Context ctx, Principal caller) {
    boolean unreadOnly = unreadOnly(ctx.queryParam("unread"));
    ctx.json(Inbox.read(context, caller, unreadOnly, PageParams.of(ctx)));
  }

  void markRead(Context ctx, Principal caller) {
    String id = ctx.pathParam("notificationId");
    if (!Ids.isValid(id)) {
      throw notFound(id);
    }
    Optional<Boolean> marked =
        context
            .db()
            .transaction(tx -> Notifications.events(tx).markRead(caller.requireUserId(), id));
    if (marked.isEmpty()) {
      throw notFound(id);
    }
    ctx.status(204);
  }

  void markAllRead(Context ctx, Principal caller) {
    int marked =
        context
            .db()
            .transaction(tx -> Notifications.events(tx).markAllRead(caller.requireUserId()));
    ctx.json(new ReadAllResult(marked));
  }

  private static boolean unreadOnly(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ApiException.badRequest(
        "invalid_parameter",
        "unread must be true or false",
        Map.of("parameter", "unread"),
        "Use ?unread=true for unread notifications only, or leave it out for all.");
  }

  private static ApiException notFound(String id) {
    String shown = id.length() > 64 ? id.substring(0, 64) + "..." : id;
    return new ApiException(
        404,
        new ApiError(
            "not_found",
            "notification '"
                + shown.replaceAll("\\p{Cntrl}", "?")
                + "' of the caller was not found",
            Map.of(),
            "List your notifications with GET /api/v1/me/notifications and use an id from there."));
  }
}
