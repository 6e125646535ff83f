package dev.clearance.document;

import java.util.Objects;

/**
 * Where a fact was found: a file, and inside it a line (1-based, 0 when unknown) and a path to the
 * value (a JSON pointer such as {@code /model-index/0/results/1}, empty when the fact is the whole
 * file or a line of prose).
 */
public record Source(String file, int line, String pointer) {

  public Source {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  public static Source ofFile(String file) {
    return new Source(file, 0, "");
  }

  public static Source ofLine(String file, int line) {
    return new Source(file, line, "");
  }

  /** The same file and line with a child pointer segment appended (escaped per RFC 6901). */
  public Source child(String segment, int childLine) {
    String escaped = segment.replace("~", "~0").replace("/", "~1");
    return new Source(file, childLine, pointer + "/" + escaped);
  }

  /** {@code file:line#pointer}, leaving out the parts that are unknown. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    if (!pointer.isEmpty()) {
      text.append('#').append(pointer);
    }
    return text.toString();
  }
}
