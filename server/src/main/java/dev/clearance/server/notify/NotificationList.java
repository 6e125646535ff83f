package dev.clearance.server.notify;

import java.util.List;

/**
 * One page of the caller's inbox, newest first.
 *
 * @param next the {@code after} value of the next page, absent on the last page
 * @param unread how many notifications of the caller are unread in all
 */
public record NotificationList(List<NotificationView> items, String next, long unread) {

  public NotificationList {
    items = List.copyOf(items);
  }
}
