package dev.clearance.server.review;

import dev.clearance.server.release.Times;
import dev.clearance.store.Repositories;
import dev.clearance.store.identity.User;
import dev.clearance.store.review.AccessGrant;
import java.time.Instant;

/**
 * An evaluator's access grant as the API shows it (REV-3).
 *
 * @param status {@code requested}, {@code active}, {@code expired}, {@code declined} or {@code
 *     revoked}, by the server's clock
 * @param expiresAt when active access ends by itself, absent before it is granted
 * @param decidedBy the handle of who granted, declined or revoked it last
 * @param reason the reason of a decline or revocation
 * @param revision optimistic-concurrency version of the grant
 */
public record GrantView(
    String id,
    String org,
    String model,
    String version,
    String evaluator,
    String status,
    String purpose,
    Integer requestedDays,
    String createdAt,
    String decidedBy,
    String decidedAt,
    String reason,
    String expiresAt,
    long revision) {

  static GrantView of(Repositories tx, ReleaseNames names, AccessGrant grant, Instant now) {
    return new GrantView(
        grant.id(),
        names.org(),
        names.model(),
        names.version(),
        handle(tx, grant.evaluatorId()),
        grant.statusAt(now).code(),
        grant.purpose(),
        grant.requestedDays(),
        Times.iso(grant.createdAt()),
        grant.decidedBy() == null ? null : handle(tx, grant.decidedBy()),
        grant.decidedAt() == null ? null : Times.iso(grant.decidedAt()),
        grant.decisionReason(),
        grant.expiresAt() == null ? null : Times.iso(grant.expiresAt()),
        grant.version());
  }

  static String handle(Repositories tx, String userId) {
    return tx.users().find(userId).map(User::handle).orElse(userId);
  }
}
