package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes read as a YAML file give a tree or an {@link InputException} naming the file;
 * never another exception or error. Seeds: YamlReaderFuzzTestInputs/.
 */
class YamlReaderFuzzTest {

  /** Small limits so that the fuzzer reaches them quickly. */
  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);

  @FuzzTest
  void read_arbitraryBytes_givesTreeOrInputException(byte[] bytes) {
    try {
      Node root = new YamlReader(LIMITS).read("fuzz.yaml", TextDecoding.utf8("fuzz.yaml", bytes));
      assertThat(root.source().file()).isEqualTo("fuzz.yaml");
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.yaml");
      assertThat(refused.line()).isNotNegative();
      assertThat(refused.problem()).isNotBlank();
    }
  }
}
