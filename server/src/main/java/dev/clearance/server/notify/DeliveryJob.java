package dev.clearance.server.notify;

import dev.clearance.server.jobs.BackgroundJob;
import dev.clearance.store.Database;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.notify.Delivery;
import dev.clearance.store.notify.DeliveryChannel;
import dev.clearance.store.notify.StoredEvent;
import dev.clearance.store.notify.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background job that sends queued webhook and email deliveries (issue 6 item 7). Each run, on
 * the instance holding the job's lease: claims up to {@value #BATCH} due deliveries in one short
 * transaction (a claim per row, so no other instance sends them meanwhile), sends them in parallel
 * outside any transaction (each bounded by the timeout), then records every outcome in a second
 * transaction: delivered, or failed with the next attempt after an exponential backoff, or given up
 * after the last allowed attempt. A crash between send and record leaves the claim to expire; the
 * delivery is then sent again with the same delivery id, which receivers use to drop duplicates.
 */
public final class DeliveryJob {

  /** The job's name and lease. */
  public static final String NAME = "notification-delivery";

  static final int BATCH = 50;

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryJob.class);

  private final NotificationConfig config;
  private final WebhookSecrets secrets;
  private final EmailVerification verification;
  private final Optional<MailSender> mail;
  private final WebhookSender webhooks;
  private final Clock clock;

  /**
   * @param secrets opens the webhooks' stored secrets to sign with
   * @param verification makes the links of {@code email_verification} emails
   * @param mail where emails go; empty when email is not configured
   */
  public DeliveryJob(
      NotificationConfig config,
      WebhookSecrets secrets,
      EmailVerification verification,
      Optional<MailSender> mail,
      Clock clock) {
    this.config = config;
    this.secrets = secrets;
    this.verification = verification;
    this.mail = mail;
    this.webhooks =
        new WebhookSender(
            config.timeout(), new WebhookTargets(config.allowPrivateTargets()), clock);
    this.clock = clock;
  }

  /** The job to schedule. */
  public BackgroundJob job() {
    return BackgroundJob.outsideTransaction(NAME, config.deliveryEvery(), this::run);
  }

  /** One run; returns how many deliveries it attempted. */
  int run(Database db) {
    Duration claimFor = config.timeout().multipliedBy(4).plusSeconds(30);
    List<Outgoing> claimed =
        db.transaction(
            tx ->
                Notifications.deliveries(tx).claimDue(claimFor, BATCH).stream()
                    .map(delivery -> prepare(tx, delivery))
                    .toList());
    if (claimed.isEmpty()) {
      return 0;
    }
    List<AttemptOutcome> outcomes = sendAll(claimed);
    db.transaction(
        tx -> {
          for (int i = 0; i < claimed.size(); i++) {
            record(tx, claimed.get(i).delivery(), outcomes.get(i));
          }
          return null;
        });
    return claimed.size();
  }

  private Outgoing prepare(Repositories tx, Delivery delivery) {
    StoredEvent event = Notifications.events(tx).findEvent(delivery.eventId()).orElseThrow();
    if (delivery.channel() == DeliveryChannel.WEBHOOK) {
      Optional<Webhook> webhook = Notifications.webhooks(tx).find(delivery.webhookId());
      if (webhook.isEmpty() || !webhook.get().active()) {
        return new Outgoing.Undeliverable(delivery, "the webhook was deactivated");
      }
      String secret;
      try {
        secret = secrets.open(webhook.get().secret());
      } catch (WebhookSecrets.SecretUnavailableException e) {
        LOG.warn("webhook {}: {}", webhook.get().id(), e.getMessage());
        return new Outgoing.Undeliverable(delivery, e.getMessage());
      }
      return new Outgoing.WebhookPost(
          delivery,
          webhook.get().url(),
          secret,
          event.kind(),
          WebhookPayload.body(delivery.id(), event, config));
    }
    if (mail.isEmpty()) {
      return new Outgoing.Undeliverable(delivery, "email is not configured on this registry");
    }
    Optional<User> recipient =
        tx.users()
            .find(delivery.recipientId())
            .filter(User::isActive)
            .filter(u -> u.email() != null);
    if (recipient.isEmpty()) {
      return new Outgoing.Undeliverable(delivery, "the recipient has no email address now");
    }
    User user = recipient.get();
    if (event.kind().equals(NotificationKind.EMAIL_VERIFICATION.wireName())) {
      if (user.emailVerified()) {
        return new Outgoing.Undeliverable(delivery, "the address was verified meanwhile");
      }
      // The link is made now, for the address the account has now, and only the email carries it.
      Instant expires = clock.instant().plus(EmailVerification.VALID_FOR);
      String token = verification.token(user.id(), user.email(), expires);
      return new Outgoing.Email(
          delivery, EmailText.verification(user.email(), user.handle(), token, expires, config));
    }
    if (!user.emailVerified()) {
      return new Outgoing.Undeliverable(delivery, "the recipient's address is not verified");
    }
    return new Outgoing.Email(delivery, EmailText.of(user.email(), event, config));
  }

  private List<AttemptOutcome> sendAll(List<Outgoing> claimed) {
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<AttemptOutcome>> futures = new ArrayList<>();
      for (Outgoing outgoing : claimed) {
        futures.add(senders.submit(() -> send(outgoing)));
      }
      List<AttemptOutcome> outcomes = new ArrayList<>();
      for (Future<AttemptOutcome> future : futures) {
        outcomes.add(outcome(future));
      }
      return outcomes;
    }
  }

  private static AttemptOutcome outcome(Future<AttemptOutcome> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return AttemptOutcome.failed(null, "sending failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return AttemptOutcome.failed(null, "interrupted while sending");
    }
  }

  private AttemptOutcome send(Outgoing outgoing) {
    return switch (outgoing) {
      case Outgoing.WebhookPost post ->
          webhooks.send(post.url(), post.secret(), post.delivery().id(), post.kind(), post.body());
      case Outgoing.Email email -> {
        try {
          mail.orElseThrow().send(email.message());
          yield AttemptOutcome.delivered(null);
        } catch (MailException e) {
          yield AttemptOutcome.failed(e.replyCode(), e.getMessage());
        }
      }
      case Outgoing.Undeliverable undeliverable -> AttemptOutcome.givenUp(undeliverable.reason());
    };
  }

  private void record(Repositories tx, Delivery delivery, AttemptOutcome outcome) {
    if (outcome.delivered()) {
      Notifications.deliveries(tx).recordDelivered(delivery.id(), outcome.statusCode());
      return;
    }
    int attempts = delivery.attempts() + 1;
    boolean again = outcome.retry() && attempts < config.maxAttempts();
    Notifications.deliveries(tx)
        .recordFailed(
            delivery.id(),
            outcome.statusCode(),
            outcome.error(),
            again ? clock.instant().plus(config.retryDelay(attempts)) : null);
    LOG.warn(
        "delivery={} channel={} attempt={} failed{}: {}",
        delivery.id(),
        delivery.channel().code(),
        attempts,
        again ? "" : " and is given up",
        outcome.error());
  }
}
