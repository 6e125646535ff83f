package dev.clearance.server.release;

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
 * <p>Lock order, to stay free of deadlocks: the audit tree ({@code tx.audit().lockTree()}, taken by
 * the decisions that serialize on it) before the model, the model before the release, the release
 * before the audit queue rows that revealing its details touches. SQLite needs none of this: each
 * write transaction holds the database's write lock from its start.
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

  /** {@link #lock} for a release with its model and organization. */
  public static ReleaseRef lock(Repositories tx, ReleaseRef ref) {
    return ref.with(lock(tx, ref.release()));
  }
}
