package dev.clearance.artifacts.manifest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A regular file of a model folder, found by {@link ModelWalker}.
 *
 * @param name path relative to the model folder with {@code /} separators, or {@code .} when the
 *     model is a single file
 * @param path where to read it
 * @param size its size in bytes when walked
 */
public record ModelFile(String name, Path path, long size) {

  public ModelFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    if (size < 0) {
      throw new IllegalArgumentException("negative size: " + size);
    }
  }
}
