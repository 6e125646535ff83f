package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and checks one tensor entry of a safetensors header. */
final class SafetensorsTensor {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
  private static final String HINT =
      "the header is malformed; the file is damaged or was crafted, do not load it";

  private SafetensorsTensor() {}

  static Tensor read(String file, String name, Node value) throws InputException {
    int line = value.source().line();
    if (!(value instanceof Node.Mapping entry)) {
      throw problem(file, line, name, "is not an object with dtype, shape and data_offsets");
    }
    String dtype =
        entry
            .get("dtype")
            .filter(Node.Scalar.class::isInstance)
            .map(Node.Scalar.class::cast)
            .filter(Node.Scalar::quoted)
            .map(Node.Scalar::text)
            .orElseThrow(() -> problem(file, line, name, "has no dtype string"));
    StorageType type =
        StorageType.safetensors(dtype)
            .orElseThrow(() -> problem(file, line, name, "has unknown dtype \"" + dtype + "\""));
    List<Long> shape = numbers(file, name, entry, "shape", -1);
    List<Long> offsets = numbers(file, name, entry, "data_offsets", 2);
    long elements = 1;
    try {
      for (long size : shape) {
        elements = Math.multiplyExact(elements, size);
      }
    } catch (ArithmeticException overflow) {
      throw problem(file, line, name, "shape " + shape + " has more than 2^63-1 elements");
    }
    long begin = offsets.get(0);
    long end = offsets.get(1);
    if (end < begin) {
      throw problem(
          file, line, name, "data_offsets [%d, %d] end before they begin".formatted(begin, end));
    }
    long needed;
    try {
      needed = type.bytesFor(elements);
    } catch (ArithmeticException overflow) {
      throw problem(file, line, name, "%s × %s is more than 2^63-1 bytes".formatted(dtype, shape));
    }
    if (needed < 0) {
      throw problem(
          file, line, name, "%d elements of %s do not fill whole bytes".formatted(elements, dtype));
    }
    if (end - begin != needed) {
      throw problem(
          file,
          line,
          name,
          "data_offsets [%d, %d] hold %d bytes but %s × %s needs %d"
              .formatted(begin, end, end - begin, dtype, shape, needed));
    }
    if (begin % type.alignment() != 0) {
      throw problem(
          file,
          line,
          name,
          "data_offsets start %d is not aligned to the %d-byte %s elements"
              .formatted(begin, type.alignment(), dtype));
    }
    return new Tensor(name, type, shape, elements, begin, needed);
  }

  private static List<Long> numbers(
      String file, String name, Node.Mapping entry, String key, int count) throws InputException {
    int line = entry.source().line();
    Node.Sequence sequence =
        entry
            .sequence(key)
            .orElseThrow(() -> problem(file, line, name, "has no " + key + " array"));
    if (count >= 0 && sequence.items().size() != count) {
      throw problem(
          file,
          line,
          name,
          "%s has %d numbers, expected %d".formatted(key, sequence.items().size(), count));
    }
    List<Long> values = new ArrayList<>();
    for (Node item : sequence.items()) {
      if (!(item instanceof Node.Scalar scalar)
          || scalar.quoted()
          || scalar.text() == null
          || !DIGITS.matcher(scalar.text()).matches()) {
        throw problem(
            file,
            item.source().line(),
            name,
            key + " holds a value that is not a whole number from 0 to 2^63-1");
      }
      try {
        values.add(Long.parseLong(scalar.text()));
      } catch (NumberFormatException tooLarge) {
        throw problem(
            file,
            item.source().line(),
            name,
            key + " value " + scalar.text() + " is beyond 2^63-1");
      }
    }
    return values;
  }

  private static InputException problem(String file, int line, String name, String problem) {
    return new InputException(file, line, "tensor " + name + ": " + problem, HINT);
  }
}
