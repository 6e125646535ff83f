package dev.clearance.artifacts.checkpoint;

import java.util.Objects;

/**
 * A checkpoint file in a format that can run code when loaded; it is listed, never opened.
 *
 * @param file the path shown to the user
 * @param reason why the format is unsafe and what to use instead
 */
public record UnsafeFile(String file, String reason) {

  public UnsafeFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
  }
}
