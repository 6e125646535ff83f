package dev.clearance.server.notify;

import dev.clearance.store.Repositories;
import dev.clearance.store.identity.GlobalRole;
import dev.clearance.store.identity.User;
import dev.clearance.store.notify.DeliveryChannel;
import dev.clearance.store.notify.DeliveryRepository;
import dev.clearance.store.notify.NotificationRepository;
import dev.clearance.store.notify.Recipient;
import dev.clearance.store.notify.RecipientQueries;
import dev.clearance.store.notify.StoredEvent;
import dev.clearance.store.notify.Webhook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends notifications as a transactional outbox (issue 6 item 7). Call {@link #notify} inside the
 * transaction of the decision the event is about: it writes the event, an inbox row per recipient
 * and the webhook and email deliveries in that transaction, so a rolled-back decision notifies
 * nobody. The delivery job sends webhooks and emails after commit, each once across all instances,
 * with retries.
 *
 * <p>Recipients are the caller's choice, and so is the duty that each has a right to what the event
 * says (see {@link Recipients}): the notifier does not check visibility.
 */
public final class Notifier {

  private final NotificationConfig config;
  private final WebhookSecrets secrets;
  private final EmailVerification verification;
  private final boolean emailEnabled;

  /**
   * A notifier that queues email deliveries when {@code config} names an SMTP server.
   *
   * @param secrets seals webhook secrets for storage and opens them for delivery
   * @param verification makes and reads the links that verify email addresses
   */
  public Notifier(
      NotificationConfig config, WebhookSecrets secrets, EmailVerification verification) {
    this.config = Objects.requireNonNull(config, "config");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.verification = Objects.requireNonNull(verification, "verification");
    this.emailEnabled = config.smtp().isPresent();
  }

  /** How webhook secrets are kept in the database. */
  public WebhookSecrets secrets() {
    return secrets;
  }

  /** The links that verify email addresses. */
  public EmailVerification verification() {
    return verification;
  }

  /** Whether this registry sends email (an SMTP server is configured). */
  public boolean emailEnabled() {
    return emailEnabled;
  }

  /** How notifications are sent on this registry. */
  public NotificationConfig config() {
    return config;
  }

  /**
   * Writes {@code event} for its recipients in {@code tx}: inbox rows for every active recipient,
   * an email delivery for each who has a verified address (when email is configured), and a webhook
   * delivery for each active webhook subscribed to the kind of each organization named in the
   * recipients (plus the registry-wide webhooks when stewards are recipients).
   */
  public Notified notify(Repositories tx, NotificationEvent event) {
    Objects.requireNonNull(event, "event");
    Map<String, Recipient> recipients = resolve(Notifications.recipients(tx), event.recipients());
    NotificationRepository events = Notifications.events(tx);
    Optional<ReleaseName> release = event.release();
    StoredEvent stored =
        events.addEvent(
            event.kind().wireName(),
            release.map(ReleaseName::org).orElse(null),
            release.map(ReleaseName::model).orElse(null),
            release.map(ReleaseName::version).orElse(null),
            event.title(),
            event.body(),
            event.link());
    events.addToInbox(stored.id(), recipients.keySet());
    DeliveryRepository deliveries = Notifications.deliveries(tx);
    int queued = 0;
    if (emailEnabled) {
      for (Recipient recipient : recipients.values()) {
        if (recipient.email() != null) {
          deliveries.add(stored.id(), DeliveryChannel.EMAIL, null, recipient.userId());
          queued++;
        }
      }
    }
    for (Webhook webhook : webhooks(tx, event)) {
      deliveries.add(stored.id(), DeliveryChannel.WEBHOOK, webhook.id(), null);
      queued++;
    }
    return new Notified(stored.id(), recipients.size(), queued);
  }

  /**
   * Queues, in {@code tx}, the email that lets {@code user} verify their address: an inbox entry
   * and one email delivery to the address, although it is not verified (the delivery job makes the
   * link when it sends, so no link is ever stored). No webhook hears of it.
   *
   * @return whether it was queued: not when email is not configured, or the user has no address or
   *     a verified one
   */
  public boolean requestEmailVerification(Repositories tx, User user) {
    if (!emailEnabled || user.email() == null || user.emailVerified()) {
      return false;
    }
    StoredEvent stored =
        Notifications.events(tx)
            .addEvent(
                NotificationKind.EMAIL_VERIFICATION.wireName(),
                null,
                null,
                null,
                "Verify your email address",
                "A link to verify it was emailed to the address on your account. Until you open"
                    + " it, no notification is emailed there.",
                "/account");
    Notifications.events(tx).addToInbox(stored.id(), List.of(user.id()));
    Notifications.deliveries(tx).add(stored.id(), DeliveryChannel.EMAIL, null, user.id());
    return true;
  }

  /** When a verification link was last queued for {@code userId}, if ever. */
  public Optional<Instant> lastEmailVerification(Repositories tx, String userId) {
    return Notifications.events(tx)
        .latestInInbox(userId, NotificationKind.EMAIL_VERIFICATION.wireName());
  }

  /**
   * Like {@link #notify}, but only the first time for {@code onceKey} (e.g. {@code
   * window_closing:<release id>:<window end>:P7D}); the key is recorded in {@code tx}, so it counts
   * only if the transaction commits.
   *
   * @return what was written, or empty when an event with this key was sent before
   */
  public Optional<Notified> notifyOnce(Repositories tx, String onceKey, NotificationEvent event) {
    if (onceKey == null || onceKey.isBlank() || onceKey.length() > 300) {
      throw new IllegalArgumentException("a once-key must be 1 to 300 characters");
    }
    if (!Notifications.events(tx).recordOnce(onceKey)) {
      return Optional.empty();
    }
    return Optional.of(notify(tx, event));
  }

  private static Map<String, Recipient> resolve(RecipientQueries queries, Recipients recipients) {
    Map<String, Recipient> byId = new LinkedHashMap<>();
    List<Recipient> all = new ArrayList<>(queries.users(recipients.userIds()));
    for (Recipients.Organization org : recipients.organizations()) {
      all.addAll(queries.members(org.orgId(), org.roles()));
    }
    for (GlobalRole role : recipients.roles()) {
      all.addAll(queries.holders(role));
    }
    for (Recipient recipient : all) {
      byId.putIfAbsent(recipient.userId(), recipient);
    }
    return byId;
  }

  private static List<Webhook> webhooks(Repositories tx, NotificationEvent event) {
    String kind = event.kind().wireName();
    List<String> owners = new ArrayList<>();
    for (Recipients.Organization org : event.recipients().organizations()) {
      if (!owners.contains(org.orgId())) {
        owners.add(org.orgId());
      }
    }
    List<Webhook> webhooks = new ArrayList<>();
    for (String orgId : owners) {
      webhooks.addAll(Notifications.webhooks(tx).listByOwner(orgId, true));
    }
    if (event.recipients().roles().contains(GlobalRole.STEWARD)) {
      webhooks.addAll(Notifications.webhooks(tx).listByOwner(null, true));
    }
    return webhooks.stream().filter(webhook -> webhook.receives(kind)).toList();
  }
}
