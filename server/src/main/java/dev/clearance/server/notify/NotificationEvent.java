package dev.clearance.server.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * Something people should hear about, for {@link Notifier#notify}.
 *
 * @param release the release it is about, if any
 * @param title one line, at most {@value #MAX_TITLE} characters (also the email subject)
 * @param body a short text, at most {@value #MAX_BODY} characters
 * @param link a path of the registry starting with {@code /}, e.g. the release's API path
 * @throws IllegalArgumentException naming the field when one is missing, too long or has control
 *     characters (line breaks are allowed in the body)
 */
public record NotificationEvent(
    NotificationKind kind,
    Optional<ReleaseName> release,
    String title,
    String body,
    String link,
    Recipients recipients) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 2000;

  public NotificationEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(recipients, "recipients");
    title = text("title", title, MAX_TITLE, false);
    body = text("body", body, MAX_BODY, true);
    link = text("link", link, 1000, false);
    if (!link.startsWith("/") || link.startsWith("//")) {
      throw new IllegalArgumentException("link must be a path of the registry, e.g. /api/v1/...");
    }
  }

  /** An event about {@code release}, linking to its API path. */
  public static NotificationEvent about(
      NotificationKind kind,
      ReleaseName release,
      String title,
      String body,
      Recipients recipients) {
    return new NotificationEvent(
        kind, Optional.of(release), title, body, release.apiPath(), recipients);
  }

  private static String text(String field, String value, int max, boolean multiline) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("notification " + field + " is missing");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(
          "notification " + field + " is longer than " + max + " characters");
    }
    boolean control =
        stripped
            .chars()
            .anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t')));
    if (control) {
      throw new IllegalArgumentException("notification " + field + " contains control characters");
    }
    return stripped;
  }
}
