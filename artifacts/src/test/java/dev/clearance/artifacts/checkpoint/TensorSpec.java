package dev.clearance.artifacts.checkpoint;

import java.util.List;

/** A tensor to write into a header-only test checkpoint. */
record TensorSpec(String name, String dtype, List<Long> shape) {

  TensorSpec {
    shape = List.copyOf(shape);
  }

  static TensorSpec of(String name, String dtype, long... shape) {
    return new TensorSpec(name, dtype, java.util.Arrays.stream(shape).boxed().toList());
  }

  long elements() {
    return shape.stream().reduce(1L, Math::multiplyExact);
  }

  long bytes() {
    return StorageType.safetensors(dtype).orElseThrow().bytesFor(elements());
  }
}
