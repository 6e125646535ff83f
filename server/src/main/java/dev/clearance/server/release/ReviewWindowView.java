package dev.clearance.server.release;

import dev.clearance.release.ReviewWindow;
import java.time.Instant;

/**
 * A release's community review window (REV-2) by the server's clock: when it started and ends (the
 * tier's window when the tier rose since it started) and how many days are left.
 *
 * @param daysLeft whole days until the end, rounded up; 0 once it has elapsed
 */
public record ReviewWindowView(String start, String end, long daysLeft, boolean elapsed) {

  /** The view of {@code window} at the server's time {@code now}. */
  public static ReviewWindowView of(ReviewWindow window, Instant now) {
    return new ReviewWindowView(
        Times.iso(window.start()),
        Times.iso(window.end()),
        window.daysLeft(now),
        window.hasElapsed(now));
  }
}
