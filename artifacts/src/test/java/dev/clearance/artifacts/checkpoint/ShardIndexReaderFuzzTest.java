package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import java.nio.file.Path;

/**
 * Arbitrary bytes read as a shard index give an index whose every shard path stays inside the
 * folder, or an {@link InputException} naming the file; never another exception (OPS-2). Seeds:
 * ShardIndexReaderFuzzTestInputs/.
 */
class ShardIndexReaderFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 0, 5_000);
  private static final Path FOLDER = Path.of("/model");

  @FuzzTest
  void parse_arbitraryBytes_givesContainedPathsOrInputException(byte[] bytes) {
    try {
      ShardIndex index = new ShardIndexReader(LIMITS).parse("index.json", bytes);
      for (String shard : index.shards()) {
        assertThat(FOLDER.resolve(shard).normalize()).startsWithRaw(FOLDER);
        assertThat(FOLDER.resolve(shard).normalize()).isNotEqualTo(FOLDER);
      }
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("index.json");
      assertThat(refused.problem()).isNotBlank();
    }
  }
}
