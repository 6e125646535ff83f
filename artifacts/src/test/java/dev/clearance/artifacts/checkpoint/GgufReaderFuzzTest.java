package dev.clearance.artifacts.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;

/**
 * Arbitrary bytes read as a GGUF file give a checked header or an {@link InputException} naming the
 * file; never another exception, an allocation beyond the limits or a hang (OPS-2). Seeds:
 * GgufReaderFuzzTestInputs/.
 */
class GgufReaderFuzzTest {

  private static final HeaderLimits LIMITS = new HeaderLimits(1 << 16, 1000, 1000, 1 << 12);

  @FuzzTest
  void read_arbitraryBytes_givesHeaderOrInputException(byte[] bytes) {
    try {
      CheckpointFile checkpoint = new GgufReader(LIMITS).read("fuzz.gguf", new BytesChannel(bytes));
      assertThat(checkpoint.bytes()).isLessThanOrEqualTo(bytes.length);
      assertThat(checkpoint.parameters()).isNotNegative();
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.gguf");
      assertThat(refused.problem()).isNotBlank();
    }
  }
}
