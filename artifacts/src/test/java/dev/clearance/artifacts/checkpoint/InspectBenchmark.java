package dev.clearance.artifacts.checkpoint;

import dev.clearance.document.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times {@link CheckpointFolderInspector#inspect} on header-only sharded checkpoints (issue 4,
 * docs/benchmarks.md): Llama-3.1-405B in 191 BF16 shards, the same shapes stored as F32 (twice the
 * weight bytes, the same header bytes), and Llama-3.1-8B in 4 shards. Not a test: run by
 * bench/inspect-checkpoint.sh with {@code java -cp}. Arguments: warm-up runs, measured runs.
 */
final class InspectBenchmark {

  private InspectBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path root = Files.createTempDirectory("clearance-inspect-bench");
    try {
      measure(
          root,
          "Llama-3.1-405B, 191 BF16 shards",
          ReferenceShapes.llama31With405B(),
          191,
          warmup,
          runs);
      List<TensorSpec> wide =
          ReferenceShapes.llama31With405B().stream()
              .map(tensor -> new TensorSpec(tensor.name(), "F32", tensor.shape()))
              .toList();
      measure(root, "Llama-3.1-405B shapes, 191 F32 shards", wide, 191, warmup, runs);
      measure(
          root, "Llama-3.1-8B, 4 BF16 shards", ReferenceShapes.llama31With8B(), 4, warmup, runs);
    } finally {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  private static void measure(
      Path root, String label, List<TensorSpec> tensors, int shards, int warmup, int runs)
      throws Exception {
    Path folder = Files.createDirectory(root.resolve("m" + Math.abs(label.hashCode())));
    List<Path> files = HeaderOnlyCheckpoints.writeSharded(folder, tensors, shards);
    long declared = 0;
    long onDisk = 0;
    for (Path file : files) {
      declared += Files.size(file);
      onDisk += headerBytes(file);
    }
    CheckpointFolderInspector inspector =
        new CheckpointFolderInspector(HeaderLimits.DEFAULT, InputLimits.DEFAULT);
    long parameters = 0;
    for (int run = 0; run < warmup; run++) {
      parameters = inspector.inspect(folder).totalParameters();
    }
    double[] millis = new double[runs];
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      parameters = inspector.inspect(folder).totalParameters();
      millis[run] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    System.out.printf(
        Locale.ROOT,
        "%-40s %4d files  %,19d parameters  %,11d header bytes  %,17d declared bytes"
            + "  median %6.2f ms  p90 %6.2f ms  min %6.2f ms%n",
        label,
        files.size(),
        parameters,
        onDisk,
        declared,
        millis[runs / 2],
        millis[(int) (runs * 0.9)],
        millis[0]);
  }

  private static long headerBytes(Path file) throws IOException {
    try (var channel = Files.newByteChannel(file)) {
      var buffer = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      channel.read(buffer);
      return 8 + buffer.flip().getLong();
    }
  }
}
