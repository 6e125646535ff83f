package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes read as a JSON file give a tree or an {@link InputException} naming the file;
 * never another exception or error. Seeds: JsonReaderFuzzTestInputs/.
 */
class JsonReaderFuzzTest {

  private static final InputLimits LIMITS = new InputLimits(1 << 16, 16, 8, 5_000);

  @FuzzTest
  void read_arbitraryBytes_givesTreeOrInputException(byte[] bytes) {
    try {
      Node root = new JsonReader(LIMITS).read("fuzz.json", TextDecoding.utf8("fuzz.json", bytes));
      assertThat(root.source().file()).isEqualTo("fuzz.json");
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.json");
      assertThat(refused.line()).isNotNegative();
      assertThat(refused.problem()).isNotBlank();
    }
  }
}
