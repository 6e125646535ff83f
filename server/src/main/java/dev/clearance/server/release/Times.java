package dev.clearance.server.release;

import java.time.Instant;

/** Times in API bodies: ISO-8601 UTC text as {@link Instant#toString()} writes it, or null. */
public final class Times {

  private Times() {}

  public static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
