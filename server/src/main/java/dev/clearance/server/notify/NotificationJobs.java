package dev.clearance.server.notify;

import dev.clearance.server.jobs.BackgroundJob;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The background jobs of notifications: deliveries and window-closing reminders. */
public final class NotificationJobs {

  private NotificationJobs() {}

  /** The jobs for {@code notifier}'s settings; email goes over SMTP when configured. */
  public static List<BackgroundJob> list(Notifier notifier, Clock clock) {
    NotificationConfig config = notifier.config();
    Optional<MailSender> mail =
        config.smtp().map(smtp -> new SmtpMailSender(smtp, config.timeout()));
    return List.of(
        new DeliveryJob(config, notifier.secrets(), notifier.verification(), mail, clock).job(),
        new WindowClosingJob(config, notifier, clock).job());
  }
}
