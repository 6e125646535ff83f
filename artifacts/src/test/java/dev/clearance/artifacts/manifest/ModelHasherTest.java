package dev.clearance.artifacts.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelHasherTest {

  @TempDir Path folder;

  @Test
  void hash_shards_cutsFilesAtTheShardSizeAndSkipsEmptyFiles() throws Exception {
    byte[] content = "0123456789".getBytes();
    Files.write(folder.resolve("weights.bin"), content);
    Files.write(folder.resolve("empty.bin"), new byte[0]);

    Manifest manifest = new ModelHasher(2).hash(folder, Serialization.shards(4), HashProgress.NONE);

    assertThat(manifest.resources())
        .containsExactly(
            new ResourceDigest("weights.bin:0:4", sha256(Arrays.copyOfRange(content, 0, 4))),
            new ResourceDigest("weights.bin:4:8", sha256(Arrays.copyOfRange(content, 4, 8))),
            new ResourceDigest("weights.bin:8:10", sha256(Arrays.copyOfRange(content, 8, 10))));
  }

  @Test
  void hash_files_includesEmptyFilesAndIgnoresGitPaths() throws Exception {
    Files.write(folder.resolve("empty.bin"), new byte[0]);
    Files.createDirectories(folder.resolve(".git/objects"));
    Files.writeString(folder.resolve(".git/objects/x"), "git");
    Files.writeString(folder.resolve(".gitattributes"), "*.bin lfs");

    Manifest manifest = new ModelHasher().hash(folder, Serialization.files(), HashProgress.NONE);

    assertThat(manifest.resources())
        .containsExactly(new ResourceDigest("empty.bin", sha256(new byte[0])));
  }

  @Test
  void hash_oneThreadOrMany_givesTheSameManifest() throws Exception {
    for (int index = 0; index < 20; index++) {
      Files.createDirectories(folder.resolve("d" + index % 3));
      Files.write(folder.resolve("d" + index % 3 + "/f" + index), new byte[index * 1000 + 3]);
    }

    Manifest single =
        new ModelHasher(1).hash(folder, Serialization.shards(4096), HashProgress.NONE);
    Manifest parallel =
        new ModelHasher(8).hash(folder, Serialization.shards(4096), HashProgress.NONE);

    assertThat(parallel).isEqualTo(single);
    assertThat(parallel.rootDigest()).isEqualTo(single.rootDigest());
  }

  @Test
  void hash_progress_reachesTheTotal() throws Exception {
    Files.write(folder.resolve("a.bin"), new byte[3 << 20]);
    Files.write(folder.resolve("b.bin"), new byte[12345]);
    AtomicLong last = new AtomicLong(-1);
    AtomicLong total = new AtomicLong();

    new ModelHasher(2)
        .hash(
            folder,
            Serialization.files(),
            (done, all) -> {
              last.accumulateAndGet(done, Math::max);
              total.set(all);
            });

    assertThat(total.get()).isEqualTo((3 << 20) + 12345);
    assertThat(last.get()).isEqualTo(total.get());
  }

  @Test
  void order_pathsCompareByComponent_likeTheReference() {
    Manifest manifest =
        new Manifest(
            "m",
            Serialization.files(),
            List.of(
                new ResourceDigest("a-c", "0".repeat(64)),
                new ResourceDigest("a/b", "1".repeat(64)),
                new ResourceDigest("B", "2".repeat(64))));

    assertThat(manifest.resources())
        .extracting(ResourceDigest::name)
        .containsExactly("B", "a/b", "a-c");
  }

  @Test
  void order_shardsCompareByOffsetNumerically() {
    Manifest manifest =
        new Manifest(
            "m",
            Serialization.shards(10),
            List.of(
                new ResourceDigest("w:100:110", "0".repeat(64)),
                new ResourceDigest("w:20:30", "1".repeat(64))));

    assertThat(manifest.resources())
        .extracting(ResourceDigest::name)
        .containsExactly("w:20:30", "w:100:110");
  }

  @Test
  void line_halfDone_showsPercentRateAndEta() {
    String line = ProgressMeter.line(1L << 30, 2L << 30, 1_000_000_000L);

    assertThat(line)
        .contains(" 50%")
        .contains("1.0 GiB / 2.0 GiB")
        .contains("1.1 GB/s")
        .contains("ETA 0:01");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
