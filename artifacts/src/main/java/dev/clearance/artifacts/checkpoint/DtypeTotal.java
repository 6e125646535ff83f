package dev.clearance.artifacts.checkpoint;

import java.util.Objects;

/**
 * The tensors of one storage type, summed.
 *
 * @param dtype the type's name ({@code BF16}, {@code Q4_K})
 * @param tensors how many tensors have it
 * @param parameters their elements
 * @param bytes their data size
 */
public record DtypeTotal(String dtype, long tensors, long parameters, long bytes) {

  /**
   * @throws IllegalArgumentException for a negative count
   */
  public DtypeTotal {
    Objects.requireNonNull(dtype, "dtype");
    if (tensors < 0 || parameters < 0 || bytes < 0) {
      throw new IllegalArgumentException("negative total for " + dtype);
    }
  }

  /** This total plus another of the same type. */
  public DtypeTotal plus(DtypeTotal other) {
    return new DtypeTotal(
        dtype,
        Math.addExact(tensors, other.tensors),
        Math.addExact(parameters, other.parameters),
        Math.addExact(bytes, other.bytes));
  }
}
