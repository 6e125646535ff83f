package dev.clearance.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Row ids: UUID version 7 (RFC 9562 §5.7) in lowercase canonical text, 36 characters. The first 48
 * bits are the Unix time in milliseconds from the given clock, so ids sort by creation time as
 * plain text on both databases; the other 74 bits are random, so instances need no coordination.
 */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  private Ids() {}

  /** A new id whose time part is {@code clock.millis()}. */
  public static String next(Clock clock) {
    long millis = clock.millis();
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    for (int i = 0; i < 6; i++) {
      bytes[i] = (byte) (millis >>> (40 - 8 * i));
    }
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70);
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
