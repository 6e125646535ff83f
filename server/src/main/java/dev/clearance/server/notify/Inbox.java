package dev.clearance.server.notify;

import dev.clearance.server.registry.RegistryContext;
import dev.clearance.server.route.Principal;
import dev.clearance.store.Page;
import dev.clearance.store.PageRequest;
import dev.clearance.store.notify.InboxItem;

/**
 * A signed-in caller's in-app inbox, newest first. The API ({@code GET /api/v1/me/notifications})
 * and the inbox page read it here.
 */
public final class Inbox {

  private Inbox() {}

  /** One page of {@code caller}'s notifications; with {@code unreadOnly} the unread ones only. */
  public static NotificationList read(
      RegistryContext context, Principal caller, boolean unreadOnly, PageRequest request) {
    String userId = caller.requireUserId();
    NotificationConfig config = context.notifier().config();
    return context
        .db()
        .withHandle(
            handle -> {
              var tx = context.db().repositories(handle);
              Page<InboxItem> page = Notifications.events(tx).inbox(userId, unreadOnly, request);
              return new NotificationList(
                  page.items().stream()
                      .map(item -> NotificationView.of(item.event(), item.readAt(), config))
                      .toList(),
                  page.nextCursor(),
                  Notifications.events(tx).unreadCount(userId));
            });
  }
}
