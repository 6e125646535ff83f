package dev.clearance.artifacts.checkpoint;

import java.util.List;
import java.util.Objects;

/**
 * One tensor as a checkpoint header describes it; its data is never read.
 *
 * @param name the tensor's name in the header
 * @param type how its elements are stored
 * @param shape its dimensions, each at least 0
 * @param elements the product of the shape (1 for a scalar)
 * @param offset where its data starts, relative to the file's data section
 * @param bytes how many bytes its data takes
 */
public record Tensor(
    String name, StorageType type, List<Long> shape, long elements, long offset, long bytes) {

  /**
   * @throws IllegalArgumentException for a negative dimension, count, offset or size
   */
  public Tensor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    shape = List.copyOf(shape);
    if (elements < 0 || offset < 0 || bytes < 0 || shape.stream().anyMatch(size -> size < 0)) {
      throw new IllegalArgumentException("negative size in tensor " + name);
    }
  }
}
