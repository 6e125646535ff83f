package dev.clearance.store.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A registered webhook.
 *
 * @param orgId the organization it belongs to, or {@code null} for a registry-wide webhook
 *     (stewards' events)
 * @param eventKinds the notification kinds it receives (wire names)
 * @param secret the HMAC-SHA256 key deliveries are signed with, in the form the server stores it
 *     (sealed; see the server's {@code WebhookSecrets}); never logged or shown again
 * @param createdBy the user id of the admin or steward who registered it
 * @param version optimistic-concurrency version, 1 when created
 */
public record Webhook(
    String id,
    String orgId,
    String url,
    Set<String> eventKinds,
    String secret,
    boolean active,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Checks that no required field is missing; copies the kinds. */
  public Webhook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    eventKinds = Set.copyOf(eventKinds);
  }

  /** Whether it receives events of {@code kind} now. */
  public boolean receives(String kind) {
    return active && eventKinds.contains(kind);
  }

  /** Leaves the secret out, so logs never carry it. */
  @Override
  public String toString() {
    return "Webhook[id=" + id + ", orgId=" + orgId + ", active=" + active + "]";
  }
}
