package dev.clearance.server.identity;

import dev.clearance.store.Repositories;
import dev.clearance.store.identity.LoginAttemptRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The limit on failed password sign-ins (OPS-3): after {@value #MAX_FAILURES} failures for one
 * handle within {@link #WINDOW}, further attempts for it are refused until the oldest of them
 * leaves the window. Failures are counted in the database, so the limit holds across server
 * instances; unknown handles count too, so the answer does not tell which handles exist.
 */
final class LoginThrottle {

  /** Failures allowed within the window. */
  static final int MAX_FAILURES = 5;

  /** How far back failures count. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  private LoginThrottle() {}

  /** How long {@code handle} must wait before the next attempt, or empty if it may try now. */
  static Optional<Duration> retryAfter(Repositories tx, String handle, Instant now) {
    List<Instant> recent = attempts(tx).failuresSince(handle, now.minus(WINDOW), MAX_FAILURES);
    if (recent.size() < MAX_FAILURES) {
      return Optional.empty();
    }
    // Newest first: once the last of these leaves the window, fewer than MAX_FAILURES remain.
    Instant freed = recent.get(MAX_FAILURES - 1).plus(WINDOW);
    Duration wait = Duration.between(now, freed);
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  /** Counts a failure for {@code handle} and forgets failures that left the window. */
  static void recordFailure(Repositories tx, String handle, Instant now) {
    LoginAttemptRepository attempts = attempts(tx);
    attempts.deleteBefore(now.minus(WINDOW));
    attempts.recordFailure(handle);
  }

  /** Forgets the failures of {@code handle} after it signed in. */
  static void clear(Repositories tx, String handle) {
    attempts(tx).clear(handle);
  }

  private static LoginAttemptRepository attempts(Repositories tx) {
    return new LoginAttemptRepository(tx.handle(), tx.clock());
  }
}
