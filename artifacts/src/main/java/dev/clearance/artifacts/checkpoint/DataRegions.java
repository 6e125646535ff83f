package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks where tensors' data lie inside a file's data section: inside it, not overlapping, and for
 * safetensors without holes and up to the end of the file, as the format requires ("the byte buffer
 * needs to be entirely indexed, and cannot contain holes", huggingface/safetensors README).
 */
final class DataRegions {

  private static final String HINT =
      "the header does not describe the file's data; the file is damaged or was crafted, do not"
          + " load it";

  private DataRegions() {}

  /**
   * @param dataLength bytes of the data section
   * @param contiguous true for safetensors: no gaps, and the last tensor ends the file
   * @throws InputException naming the file, the tensor and the problem
   */
  static void check(String file, List<Tensor> tensors, long dataLength, boolean contiguous)
      throws InputException {
    List<Tensor> sorted = new ArrayList<>(tensors);
    sorted.sort(Comparator.comparingLong(Tensor::offset).thenComparingLong(Tensor::bytes));
    long end = 0;
    Tensor previous = null;
    for (Tensor tensor : sorted) {
      long tensorEnd = tensor.offset() + tensor.bytes(); // both checked below dataLength
      if (tensor.offset() > dataLength || tensor.bytes() > dataLength - tensor.offset()) {
        throw new InputException(
            file,
            0,
            "tensor %s: data [%d, %s) lies outside the data section of %d bytes (truncated file?)"
                .formatted(
                    tensor.name(),
                    tensor.offset(),
                    Long.toUnsignedString(tensor.offset() + tensor.bytes()),
                    dataLength),
            HINT);
      }
      if (previous != null && tensor.offset() < end) {
        throw new InputException(
            file,
            0,
            "tensor %s: data [%d, %d) overlaps tensor %s, which ends at %d"
                .formatted(tensor.name(), tensor.offset(), tensorEnd, previous.name(), end),
            HINT);
      }
      if (contiguous && tensor.offset() > end) {
        throw new InputException(
            file,
            0,
            "tensor %s: data starts at %d, leaving a hole of %d bytes after offset %d"
                .formatted(tensor.name(), tensor.offset(), tensor.offset() - end, end),
            HINT);
      }
      end = Math.max(end, tensorEnd);
      previous = tensor;
    }
    if (contiguous && end != dataLength) {
      throw new InputException(
          file,
          0,
          "the data section has %d bytes but the tensors end at %d (%d bytes unaccounted for)"
              .formatted(dataLength, end, dataLength - end),
          HINT);
    }
  }
}
