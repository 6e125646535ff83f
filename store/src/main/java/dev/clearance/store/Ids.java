package dev.clearance.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Row ids: UUID version 7 (RFC 9562 §5.7) in lowercase canonical text, 36 characters. The first 48
 * bits are the Unix time in milliseconds from the given clock, so ids sort by creation time as
 * plain text on both databases. The 12 bits after the version are a counter (RFC 9562 §6.2, method
 * 1) that starts at a random value below 2048 in each new millisecond and counts up within it, so
 * ids made by one process in the same millisecond also sort in creation order (a frozen test clock,
 * or a transition and its check report written together); the other 62 bits are random, so
 * instances need no coordination.
 */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private static long lastMillis = Long.MIN_VALUE;
  private static int counter;

  private Ids() {}

  /** A new id whose time part is {@code clock.millis()}. */
  public static String next(Clock clock) {
    long millis = clock.millis();
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    int sequence = sequence(millis);
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

  /** The 12-bit counter for an id made at {@code millis}: one more than the last in that ms. */
  private static synchronized int sequence(long millis) {
    if (millis == lastMillis && counter < 0xfff) {
      counter++;
    } else {
      // A new millisecond (or, after 2048+ ids in one, a fresh start that may sort out of order).
      lastMillis = millis;
      counter = RANDOM.nextInt(0x800);
    }
    return counter;
  }

  /** Whether {@code text} has the form of an id made by {@link #next}. */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
