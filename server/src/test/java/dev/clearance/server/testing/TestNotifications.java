package dev.clearance.server.testing;

import dev.clearance.server.notify.NotificationConfig;
import dev.clearance.server.notify.SmtpSettings;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Notification settings of test registries: the delivery and reminder jobs never fire on their own
 * during a test (a day apart), so tests run them with {@code registry.jobs().runOnce(name)} as the
 * test clock advances; webhooks may point at loopback receivers; 3 attempts 1, 2 minutes apart.
 */
public final class TestNotifications {

  /** Attempts per delivery in tests. */
  public static final int MAX_ATTEMPTS = 3;

  /** The wait after the first failed attempt in tests; it doubles, up to 10 minutes. */
  public static final Duration FIRST_RETRY = Duration.ofMinutes(1);

  private TestNotifications() {}

  /** Without email. */
  public static NotificationConfig config() {
    return config(Optional.empty());
  }

  /** With email through {@code smtp}, if present. */
  public static NotificationConfig config(Optional<SmtpSettings> smtp) {
    return new NotificationConfig(
        smtp,
        Optional.empty(),
        List.of(Duration.ofDays(7), Duration.ofDays(1)),
        Duration.ofDays(1),
        Duration.ofDays(1),
        MAX_ATTEMPTS,
        FIRST_RETRY,
        Duration.ofMinutes(10),
        Duration.ofSeconds(2),
        true);
  }
}
