package dev.clearance.cli;

import dev.clearance.document.InputException;
import dev.clearance.server.notify.NotificationConfig;
import dev.clearance.server.notify.SmtpSecurity;
import dev.clearance.server.notify.SmtpSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options of {@code clearance serve} for notifications (docs/notifications.md): email over SMTP
 * (the password comes from {@code CLEARANCE_SMTP_PASSWORD}, never from the command line), the
 * registry's public address for links, and when {@code window_closing} reminders go out.
 */
final class NotificationOptions {

  /** The environment variable holding the SMTP password. */
  static final String SMTP_PASSWORD_VARIABLE = "CLEARANCE_SMTP_PASSWORD";

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description = "The registry's address as people reach it, for links in emails and webhooks.")
  String publicUrl;

  @Option(
      names = "--smtp-host",
      paramLabel = "HOST",
      description = "SMTP server for email notifications (default: no email).")
  String smtpHost;

  @Option(
      names = "--smtp-port",
      paramLabel = "PORT",
      defaultValue = "587",
      description = "SMTP port (default: ${DEFAULT-VALUE}).")
  int smtpPort;

  @Option(
      names = "--smtp-from",
      paramLabel = "ADDRESS",
      description = "Sender address of notification emails (needed with --smtp-host).")
  String smtpFrom;

  @Option(
      names = "--smtp-security",
      paramLabel = "MODE",
      defaultValue = "starttls",
      description = "none, starttls (required) or tls (default: ${DEFAULT-VALUE}).")
  String smtpSecurity;

  @Option(
      names = "--smtp-user",
      paramLabel = "USER",
      description = "SMTP AUTH user; the password comes from " + SMTP_PASSWORD_VARIABLE + ".")
  String smtpUser;

  @Option(
      names = "--window-closing-notice",
      paramLabel = "DAYS",
      split = ",",
      defaultValue = "7,1",
      description =
          "Days before a review window ends that window_closing is sent, once each"
              + " (default: ${DEFAULT-VALUE}).")
  List<Integer> windowClosingNotice;

  /**
   * The settings these options describe.
   *
   * @throws InputException naming the option that is missing or invalid
   */
  NotificationConfig config(String smtpPassword) throws InputException {
    NotificationConfig defaults = NotificationConfig.defaults();
    List<Duration> notices =
        windowClosingNotice.stream().map(days -> Duration.ofDays(days)).toList();
    if (windowClosingNotice.stream().anyMatch(days -> days < 1 || days > 365)) {
      throw new InputException(
          "--window-closing-notice", 0, "must be whole days from 1 to 365", "e.g. 7,1");
    }
    return new NotificationConfig(
        smtp(smtpPassword),
        publicUrl(),
        notices,
        defaults.deliveryEvery(),
        defaults.reminderEvery(),
        defaults.maxAttempts(),
        defaults.firstRetry(),
        defaults.maxRetryDelay(),
        defaults.timeout(),
        false);
  }

  private Optional<SmtpSettings> smtp(String password) throws InputException {
    if (smtpHost == null) {
      return Optional.empty();
    }
    SmtpSecurity security;
    try {
      security = SmtpSecurity.valueOf(smtpSecurity.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--smtp-security", 0, "unknown mode '" + smtpSecurity + "'", "use none, starttls or tls");
    }
    if (smtpFrom == null) {
      throw new InputException(
          "--smtp-from", 0, "is needed with --smtp-host", "e.g. --smtp-from clearance@example.org");
    }
    try {
      return Optional.of(
          new SmtpSettings(
              smtpHost,
              smtpPort,
              smtpFrom,
              security,
              Optional.ofNullable(smtpUser),
              Optional.ofNullable(password).filter(text -> !text.isEmpty())));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--smtp-host",
          0,
          e.getMessage(),
          "check --smtp-host, --smtp-port, --smtp-from and" + " --smtp-user");
    }
  }

  private Optional<URI> publicUrl() throws InputException {
    if (publicUrl == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(publicUrl);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new URISyntaxException(publicUrl, "not an http(s) URL with a host");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw new InputException(
          "--public-url",
          0,
          "'" + publicUrl + "' is " + e.getReason(),
          "e.g. https://registry.example.org");
    }
  }

  /** One line for the start-up message, never with the password. */
  String describe(NotificationConfig config) {
    return config
        .smtp()
        .map(
            smtp ->
                "smtp "
                    + smtp.host()
                    + ":"
                    + smtp.port()
                    + " ("
                    + smtp.security().name().toLowerCase(Locale.ROOT)
                    + ") from "
                    + smtp.from())
        .orElse("off (--smtp-host to send email)");
  }
}
