package dev.clearance.server.release;

import dev.clearance.server.signing.SigningKeys;
import dev.clearance.store.Repositories;
import dev.clearance.store.release.Release;

/**
 * The locks that make a release's decisions and the changes of the facts they read take turns.
 *
 * <p>A transition reads facts from several tables (check report, findings and responses, waivers,
 * attestations, rollout stage) and then acts on them. On PostgreSQL, whose transactions read
 * committed data statement by statement, a finding filed at the same moment would be invisible to
 * an approval that is deciding, and the release would be approved with an unanswered finding. So
 * every transaction that decides about a release, or changes a fact a decision reads, first locks
 * the release's model and then the release ({@link #lock}) and reads the release again under the
 * lock. The second waits for the first to commit and then sees what it did.
 *
 * <p>A transition also shares the audit tree lock, which the auditor and membership decisions take
 * ({@link #lockTreeSerializedInputs}), and keeps the signing key its decision relies on from being
 * revoked meanwhile ({@link #lockDecisionInputs}).
 *
 * <p>Lock order, to stay free of deadlocks: the audit tree ({@code tx.audit().lockTree()}, taken by
 * the decisions that serialize on it) before the model, the model before the release, the release
 * before the signing key (shared) and before the audit queue rows that revealing its details
 * touches. SQLite needs none of this: each write transaction holds the database's write lock from
 * its start.
 */
public final class ReleaseLocks {

  private ReleaseLocks() {}

  /**
   * Locks the model of {@code release} and then {@code release} until the transaction ends.
   *
   * @return the release as last committed, which may be newer than {@code release}
   */
  public static Release lock(Repositories tx, Release release) {
    tx.models().lockForChange(release.modelId());
    return tx.releases()
        .lockForChange(release.id())
        .orElseThrow(() -> new IllegalStateException("release " + release.id() + " vanished"));
  }

  /**
   * Keeps the decision inputs of {@code release} that live outside its own rows from changing until
   * the transaction ends: the signing key that verified its latest check's bundle cannot be revoked
   * meanwhile (a revocation under way is waited for, and the decision then reads it). Call after
   * {@link #lock} and before reading the facts.
   */
  public static void lockDecisionInputs(Repositories tx, Release release) {
    tx.checkReports()
        .latest(release.id())
        .flatMap(report -> SigningKeys.verifications(tx).findByCheckReport(report.id()))
        .ifPresent(verification -> SigningKeys.keys(tx).lockShared(verification.keyId()));
  }

  /**
   * Waits for the decisions that serialize on the audit tree lock (auditors' conflict declarations,
   * approval and suspension, firms, engagements, memberships) and keeps new ones out until the
   * transaction ends, so that a transition sees each of them whole or not at all: an auditor's
   * conflict declared while an approval reads the audit standing is either seen or declared after
   * it. Shared, so transitions do not wait for each other here. Call before {@link #lock}: the tree
   * comes first in the lock order.
   */
  public static void lockTreeSerializedInputs(Repositories tx) {
    tx.audit().shareTreeLock();
  }

  /** {@link #lock} for a release with its model and organization. */
  public static ReleaseRef lock(Repositories tx, ReleaseRef ref) {
    return ref.with(lock(tx, ref.release()));
  }
}
