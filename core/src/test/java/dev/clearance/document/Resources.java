package dev.clearance.document;

import dev.clearance.testing.TestData;

/** Test data files next to the tests' package under src/test/resources. */
final class Resources {

  private Resources() {}

  static byte[] bytes(String name) {
    return TestData.bytes(Resources.class, name);
  }

  /** The resource decoded as UTF-8 (it must be valid). */
  static String text(String name) {
    return TestData.text(Resources.class, name);
  }
}
