package dev.clearance.server.notify;

import dev.clearance.store.notify.StoredEvent;

/** The email of a notification: subject {@code [Clearance] <title>}, plain-text body. */
final class EmailText {

  private EmailText() {}

  static MailMessage of(String to, StoredEvent event, NotificationConfig config) {
    String text =
        event.title()
            + "\n\n"
            + event.body()
            + "\n\n"
            + config.absolute(event.link())
            + "\n\n-- \nClearance registry notification ("
            + event.kind()
            + "). All your notifications: "
            + config.absolute("/api/v1/me/notifications")
            + "\n";
    return new MailMessage(to, "[Clearance] " + event.title(), text);
  }
}
