package dev.clearance.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times as pages show them: in UTC, saying so ({@code 2026-12-07 14:03 UTC}). */
public final class TimeText {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private TimeText() {}

  /** {@code iso} (an API time, ISO-8601) for people; "—" when absent, the text itself if odd. */
  public static String utc(String iso) {
    if (iso == null || iso.isEmpty()) {
      return "—";
    }
    try {
      return MINUTES.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
