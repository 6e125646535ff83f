package dev.clearance.ledger.internal;

import java.util.Base64;
import java.util.Optional;

/** Checks shared by signed notes and checkpoints (c2sp.org/signed-note). Not API. */
public final class NoteText {

  private NoteText() {}

  /**
   * Why {@code name} is not a valid key name (non-empty, no Unicode spaces, no '+', no control
   * characters), or empty if it is valid.
   */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("a key name must not be empty");
    }
    for (int offset = 0; offset < name.length(); ) {
      int codePoint = name.codePointAt(offset);
      if (codePoint == '+') {
        return Optional.of("key name '" + name + "' contains '+'");
      }
      if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
        return Optional.of("key name '" + name + "' contains a space character");
      }
      if (codePoint < 0x20 || codePoint == 0x7f) {
        return Optional.of("key name contains control character U+" + hex4(codePoint));
      }
      offset += Character.charCount(codePoint);
    }
    return Optional.empty();
  }

  /**
   * Why {@code line} cannot be one line of a note (contains a newline or another control character,
   * or an unpaired surrogate), or empty if it can.
   */
  public static Optional<String> lineProblem(String line) {
    for (int offset = 0; offset < line.length(); offset++) {
      char c = line.charAt(offset);
      if (c == '\n') {
        return Optional.of("contains a newline at character " + offset);
      }
      if (c < 0x20) {
        return Optional.of("contains control character U+" + hex4(c) + " at character " + offset);
      }
      if (Character.isSurrogate(c)) {
        boolean paired =
            Character.isHighSurrogate(c)
                && offset + 1 < line.length()
                && Character.isLowSurrogate(line.charAt(offset + 1));
        if (!paired) {
          return Optional.of("contains an unpaired surrogate at character " + offset);
        }
        offset++;
      }
    }
    return Optional.empty();
  }

  /**
   * Decodes standard padded base64 (RFC 4648 §4), accepting only its canonical form, or empty if
   * {@code text} is not that.
   */
  public static Optional<byte[]> decodeBase64(String text) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Base64.getEncoder().encodeToString(decoded).equals(text)
        ? Optional.of(decoded)
        : Optional.empty();
  }

  /** Four upper-case hex digits. */
  public static String hex4(int value) {
    return String.format("%04X", value);
  }
}
