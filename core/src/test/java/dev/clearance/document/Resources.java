package dev.clearance.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test data files next to the tests' package under src/test/resources. */
final class Resources {

  private Resources() {}

  static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The resource decoded as UTF-8 (it must be valid). */
  static String text(String name) {
    try {
      return TextDecoding.utf8(name, bytes(name));
    } catch (InputException notUtf8) {
      throw new IllegalArgumentException(notUtf8.getMessage(), notUtf8);
    }
  }
}
