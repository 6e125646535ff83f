package dev.clearance.store.identity;

import dev.clearance.store.Ids;
import dev.clearance.store.Names;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Failed password sign-ins per user handle, over one {@link Handle}, so that a server can refuse
 * further attempts for a while (OPS-3). The rows live in the database, so the limit holds across
 * all instances of a registry. Only failures are stored, never the password tried.
 *
 * <p>Throws {@link IllegalArgumentException} for a handle that is not a valid name (such a handle
 * cannot belong to a user, so it needs no record).
 */
public final class LoginAttemptRepository {

  private final Handle handle;
  private final Clock clock;

  /** Over {@code handle}, with "now" from {@code clock}. */
  public LoginAttemptRepository(Handle handle, Clock clock) {
    this.handle = handle;
    this.clock = clock;
  }

  /** Records a failed sign-in for {@code userHandle} at the clock's time. */
  public void recordFailure(String userHandle) {
    Names.checkSlug("user handle", userHandle);
    handle
        .createUpdate("INSERT INTO login_attempts (id, handle, attempted_at) VALUES (?, ?, ?)")
        .bind(0, Ids.next(clock))
        .bind(1, userHandle)
        .bind(2, clock.millis())
        .execute();
  }

  /**
   * The times of the latest failures for {@code userHandle} after {@code since}, newest first, at
   * most {@code max} of them.
   *
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  public List<Instant> failuresSince(String userHandle, Instant since, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max " + max + " is not positive");
    }
    return handle
        .createQuery(
            "SELECT attempted_at FROM login_attempts WHERE handle = :handle"
                + " AND attempted_at > :since ORDER BY attempted_at DESC LIMIT :max")
        .bind("handle", userHandle)
        .bind("since", since.toEpochMilli())
        .bind("max", max)
        .mapTo(Long.class)
        .map(Instant::ofEpochMilli)
        .list();
  }

  /** Forgets the failures of {@code userHandle} (after a successful sign-in); returns how many. */
  public int clear(String userHandle) {
    return handle
        .createUpdate("DELETE FROM login_attempts WHERE handle = :handle")
        .bind("handle", userHandle)
        .execute();
  }

  /** Removes failures at or before {@code cutoff}, of every handle; returns how many. */
  public int deleteBefore(Instant cutoff) {
    return handle
        .createUpdate("DELETE FROM login_attempts WHERE attempted_at <= :cutoff")
        .bind("cutoff", cutoff.toEpochMilli())
        .execute();
  }
}
