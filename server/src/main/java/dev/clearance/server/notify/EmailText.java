package dev.clearance.server.notify;

import dev.clearance.store.notify.StoredEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The email of a notification: subject {@code [Clearance] <title>}, plain-text body; and the email
 * that verifies an address.
 */
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

  /** The email with the link that verifies {@code to} for the account {@code handle}. */
  static MailMessage verification(
      String to, String handle, String token, Instant expires, NotificationConfig config) {
    String text =
        "The address "
            + to
            + " was given for the Clearance account '"
            + handle
            + "'. To verify that it is yours, open this link (it works until "
            + expires.truncatedTo(ChronoUnit.MINUTES)
            + "):\n\n"
            + config.absolute("/account/verify-email?token=" + token)
            + "\n\nWithout a browser, send the token to the registry's API:\n"
            + "POST /api/v1/email-verifications {\"token\": \""
            + token
            + "\"}\n\n"
            + "Until the address is verified, no notification is emailed to it. If you did not"
            + " give it, ignore this message.\n";
    return new MailMessage(to, "[Clearance] Verify your email address", text);
  }
}
