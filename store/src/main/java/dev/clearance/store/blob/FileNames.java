package dev.clearance.store.blob;

/**
 * Rules for the relative names of uploaded dossier files, e.g. {@code README.md} or {@code
 * evals/mmlu.json}: {@code /}-separated segments, at most {@value #MAX_LENGTH} characters; no
 * absolute paths, {@code .} or {@code ..} segments, empty segments, backslashes, colons (drive
 * letters, alternate data streams), NUL or other control characters, or invisible Unicode format
 * characters (e.g. right-to-left overrides).
 */
public final class FileNames {

  /** Longest name accepted, in characters. */
  public static final int MAX_LENGTH = 255;

  private FileNames() {}

  /**
   * Returns {@code name} if it is safe.
   *
   * @throws UnsafeFileNameException naming the rule broken
   */
  public static String check(String name) {
    if (name == null || name.isEmpty()) {
      throw new UnsafeFileNameException(String.valueOf(name), "the name is empty");
    }
    if (name.length() > MAX_LENGTH) {
      throw new UnsafeFileNameException(
          name, "it is " + name.length() + " characters long; at most " + MAX_LENGTH);
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (c == 0) {
        throw new UnsafeFileNameException(name, "it contains a NUL character");
      }
      if (Character.isISOControl(c)) {
        throw new UnsafeFileNameException(
            name, String.format("it contains the control character U+%04X", c));
      }
      if (Character.getType(c) == Character.FORMAT) {
        throw new UnsafeFileNameException(
            name, String.format("it contains the invisible format character U+%04X", c));
      }
      if (c == '\\') {
        throw new UnsafeFileNameException(name, "it contains a backslash; separate folders with /");
      }
      if (c == ':') {
        throw new UnsafeFileNameException(name, "it contains ':' (drive letter or stream name)");
      }
      i += Character.charCount(c);
    }
    if (name.startsWith("/")) {
      throw new UnsafeFileNameException(name, "it is an absolute path; give a relative name");
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty()) {
        throw new UnsafeFileNameException(
            name, "it has an empty path segment ('//' or a trailing /)");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw new UnsafeFileNameException(name, "it has a '" + segment + "' segment");
      }
      if (segment.isBlank()) {
        throw new UnsafeFileNameException(name, "it has a segment of only spaces");
      }
    }
    return name;
  }

  /** {@code name} with control characters escaped and cut to 100 characters, for messages. */
  static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .limit(100)
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    if (name.codePointCount(0, name.length()) > 100) {
      out.append('…');
    }
    return out.toString();
  }
}
