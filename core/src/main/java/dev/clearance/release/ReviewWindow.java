package dev.clearance.release;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A community review window (REV-2): it starts when a steward confirms the submission. */
public record ReviewWindow(Instant start, Instant end) {

  public ReviewWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("review window ends before it starts");
    }
  }

  /** The window of {@code days} days starting at {@code start}. */
  public static ReviewWindow starting(Instant start, int days) {
    return new ReviewWindow(start, start.plus(Duration.ofDays(days)));
  }

  /**
   * Whole days from {@code now} until the end, rounded up (a window ending in 2 hours has 1 day
   * left); 0 once it has elapsed.
   */
  public long daysLeft(Instant now) {
    if (hasElapsed(now)) {
      return 0;
    }
    Duration left = Duration.between(now, end);
    long days = left.toDays();
    return left.equals(Duration.ofDays(days)) ? days : days + 1;
  }

  /** True when {@code now} is at or after the end of the window. */
  public boolean hasElapsed(Instant now) {
    return !now.isBefore(end);
  }
}
