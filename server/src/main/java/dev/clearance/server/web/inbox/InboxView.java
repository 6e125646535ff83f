package dev.clearance.server.web.inbox;

import dev.clearance.server.notify.NotificationView;
import dev.clearance.server.web.Links;
import dev.clearance.server.web.Pager;
import java.util.List;

/**
 * The inbox page ({@code /inbox}): the caller's notifications, newest first.
 *
 * @param unreadOnly true when only unread notifications are shown
 * @param unread how many of the caller's notifications are unread in all
 * @param steward whether the caller is a steward (vetting notifications lead to the vetting queue)
 */
public record InboxView(
    boolean unreadOnly,
    long unread,
    boolean steward,
    List<NotificationView> notifications,
    Pager pager) {

  public InboxView {
    notifications = List.copyOf(notifications);
  }

  /** The page a notification leads to, or null when there is none for it. */
  public String pageOf(NotificationView notification) {
    String link = notification.link();
    if (link.startsWith("/api/v1/orgs/") && link.contains("/incidents/")) {
      return link.substring("/api/v1".length()); // the incident's page for its responders
    }
    if (link.equals("/api/v1/me/incidents")) {
      return "/incidents/track"; // the reporter follows the report with its reference
    }
    if (notification.release() != null) {
      var release = notification.release();
      return Links.release(release.org(), release.model(), release.version());
    }
    if (notification.link().startsWith("/api/v1/evaluator-applications")) {
      return steward ? "/steward/vetting" : "/review";
    }
    return null;
  }
}
