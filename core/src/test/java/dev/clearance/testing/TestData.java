package dev.clearance.testing;

import dev.clearance.document.InputException;
import dev.clearance.document.TextDecoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Test data shared by every test package: resources next to a test class, and the corpus in
 * ../shared (its folder comes from the {@code clearance.shared} property that surefire sets).
 */
public final class TestData {

  private TestData() {}

  /** A test resource, resolved like {@link Class#getResourceAsStream} from {@code anchor}. */
  public static byte[] bytes(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The resource decoded as UTF-8 (it must be valid). */
  public static String text(Class<?> anchor, String name) {
    try {
      return TextDecoding.utf8(name, bytes(anchor, name));
    } catch (InputException notUtf8) {
      throw new IllegalArgumentException(notUtf8.getMessage(), notUtf8);
    }
  }

  /** The shared corpus folder ({@code ../shared/corpus}). */
  public static Path corpus() {
    return Path.of(System.getProperty("clearance.shared", "../../shared"), "corpus")
        .toAbsolutePath()
        .normalize();
  }
}
