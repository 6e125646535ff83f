package dev.clearance.server.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the registry notifies people.
 *
 * @param smtp where email goes; without it no email is sent (inbox and webhooks still work)
 * @param publicUrl the registry's address as people reach it, to make links in emails and webhook
 *     payloads absolute; without it they carry paths only
 * @param windowClosingNotices how long before a review window ends {@code window_closing} is sent,
 *     once each (default 7 days and 1 day)
 * @param deliveryEvery how often the delivery job sends due webhooks and emails
 * @param reminderEvery how often the reminder job looks for windows about to close
 * @param maxAttempts attempts per delivery before it is given up ({@code failed})
 * @param firstRetry the wait after the first failed attempt; it doubles with each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param timeout for connecting to and hearing back from a webhook receiver or SMTP server
 * @param allowPrivateTargets whether webhooks may point at loopback, private or link-local
 *     addresses (off in production: a webhook must not reach into the registry's own network)
 */
public record NotificationConfig(
    Optional<SmtpSettings> smtp,
    Optional<URI> publicUrl,
    List<Duration> windowClosingNotices,
    Duration deliveryEvery,
    Duration reminderEvery,
    int maxAttempts,
    Duration firstRetry,
    Duration maxRetryDelay,
    Duration timeout,
    boolean allowPrivateTargets) {

  public NotificationConfig {
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(publicUrl, "publicUrl");
    windowClosingNotices =
        windowClosingNotices.stream().sorted(Comparator.reverseOrder()).distinct().toList();
    for (Duration notice : windowClosingNotices) {
      positive("window closing notice", notice);
    }
    positive("delivery period", deliveryEvery);
    positive("reminder period", reminderEvery);
    positive("first retry", firstRetry);
    positive("longest retry delay", maxRetryDelay);
    positive("timeout", timeout);
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("max attempts must be 1 to 100, was " + maxAttempts);
    }
  }

  /** No email; notices 7 days and 1 day; deliveries every 5 s, up to 10 attempts. */
  public static NotificationConfig defaults() {
    return new NotificationConfig(
        Optional.empty(),
        Optional.empty(),
        List.of(Duration.ofDays(7), Duration.ofDays(1)),
        Duration.ofSeconds(5),
        Duration.ofMinutes(10),
        10,
        Duration.ofSeconds(30),
        Duration.ofHours(1),
        Duration.ofSeconds(5),
        false);
  }

  /** The wait after {@code failedAttempts} failed attempts: doubling, at most the cap. */
  public Duration retryDelay(int failedAttempts) {
    Duration delay = firstRetry;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }

  /** {@code link} made absolute with {@link #publicUrl}, or unchanged without one. */
  public String absolute(String link) {
    return publicUrl.map(base -> base.toString().replaceAll("/+$", "") + link).orElse(link);
  }

  private static void positive(String what, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
  }
}
