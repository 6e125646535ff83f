package dev.clearance.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Row ids: UUID version 7 (RFC 9562 §5.7) in lowercase canonical text, 36 characters. The first 48
 * bits are the Unix time in milliseconds from the given clock, so ids sort by creation time as
 * plain text on both databases; the other 74 bits are random, so instances need no coordination.
 * Within one process ids are strictly increasing even inside one millisecond: the 12 {@code rand_a}
 * bits are a counter that starts at a random value each millisecond (RFC 9562 §6.2, method 1), and
 * the time part moves on when a millisecond's counter is used up.
 */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private static long lastMillis = -1;
  private static int counter;

  private Ids() {}

  /** A new id whose time part is {@code clock.millis()} (or just after the previous id's). */
  public static String next(Clock clock) {
    long millis;
    int sequence;
    synchronized (Ids.class) {
      millis = clock.millis();
      // A clock far behind the last id (another clock in tests, a stepped system clock) starts
      // afresh rather than stamping every id with a time from elsewhere.
      if (millis > lastMillis || millis < lastMillis - 10_000) {
        lastMillis = millis;
        counter = RANDOM.nextInt(1 << 11);
      } else if (++counter >= 1 << 12) {
        lastMillis++;
        counter = RANDOM.nextInt(1 << 11);
      }
      millis = lastMillis;
      sequence = counter;
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    for (int i = 0; i < 6; i++) {
      bytes[i] = (byte) (millis >>> (40 - 8 * i));
    }
    bytes[6] = (byte) (0x70 | (sequence >>> 8));
    bytes[7] = (byte) sequence;
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
    String hex = HexFormat.of().formatHex(bytes);
    return hex.substring(0, 8)
        + '-'
        + hex.substring(8, 12)
        + '-'
        + hex.substring(12, 16)
        + '-'
        + hex.substring(16, 20)
        + '-'
        + hex.substring(20);
  }

  /** Whether {@code text} has the form of an id made by {@link #next}. */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
