package dev.clearance.artifacts.checkpoint;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes header-only safetensors checkpoints: the header declares real shapes and offsets, and the
 * file is made sparse at its declared length ({@link RandomAccessFile#setLength}), so a 141 GB
 * checkpoint takes a few kilobytes on disk and no weight is ever written.
 */
final class HeaderOnlyCheckpoints {

  private HeaderOnlyCheckpoints() {}

  /**
   * One safetensors file holding {@code tensors}, padded to 8 bytes as the format's writer does.
   */
  static void writeFile(Path file, List<TensorSpec> tensors, Map<String, String> metadata)
      throws IOException {
    StringBuilder json = new StringBuilder("{");
    if (!metadata.isEmpty()) {
      json.append("\"__metadata__\":{");
      metadata.forEach(
          (key, value) -> json.append('"').append(key).append("\":\"").append(value).append("\","));
      json.setLength(json.length() - 1);
      json.append("},");
    }
    long offset = 0;
    for (TensorSpec tensor : tensors) {
      long end = offset + tensor.bytes();
      json.append('"')
          .append(tensor.name())
          .append("\":{\"dtype\":\"")
          .append(tensor.dtype())
          .append("\",\"shape\":")
          .append(tensor.shape())
          .append(",\"data_offsets\":[")
          .append(offset)
          .append(',')
          .append(end)
          .append("]},");
      offset = end;
    }
    json.setLength(json.length() - 1);
    json.append('}');
    while (json.length() % 8 != 0) {
      json.append(' ');
    }
    byte[] header = json.toString().getBytes(StandardCharsets.UTF_8);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] length = new byte[8];
      for (int index = 0; index < 8; index++) {
        length[index] = (byte) ((long) header.length >>> (8 * index));
      }
      out.write(length);
      out.write(header);
      out.setLength(8L + header.length + offset);
    }
  }

  /**
   * Shards {@code tensors} in order over about {@code shards} files named {@code
   * model-0000i-of-0000n.safetensors} and writes {@code model.safetensors.index.json}.
   *
   * @return the shard files
   */
  static List<Path> writeSharded(Path folder, List<TensorSpec> tensors, int shards)
      throws IOException {
    long total = tensors.stream().mapToLong(TensorSpec::bytes).sum();
    List<List<TensorSpec>> groups = new ArrayList<>();
    for (int index = 0; index < shards; index++) {
      groups.add(new ArrayList<>());
    }
    long start = 0;
    for (TensorSpec tensor : tensors) {
      int shard = (int) Math.min(shards - 1, (long) ((double) start * shards / total));
      groups.get(shard).add(tensor);
      start += tensor.bytes();
    }
    groups.removeIf(List::isEmpty);
    List<Path> files = new ArrayList<>();
    StringBuilder index = new StringBuilder();
    index.append("{\"metadata\":{\"total_size\":").append(total).append("},\"weight_map\":{");
    for (int number = 0; number < groups.size(); number++) {
      String name = "model-%05d-of-%05d.safetensors".formatted(number + 1, groups.size());
      Path file = folder.resolve(name);
      writeFile(file, groups.get(number), Map.of("format", "pt"));
      files.add(file);
      for (TensorSpec tensor : groups.get(number)) {
        index.append("\n\"").append(tensor.name()).append("\":\"").append(name).append("\",");
      }
    }
    index.setLength(index.length() - 1);
    index.append("}}\n");
    Files.writeString(folder.resolve("model.safetensors.index.json"), index);
    return files;
  }
}
