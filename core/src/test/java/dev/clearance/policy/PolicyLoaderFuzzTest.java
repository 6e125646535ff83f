package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import java.io.IOException;

/**
 * The policy loader gives a policy or an {@link InputException} naming the file, never another
 * exception: for arbitrary text, and for the bundled policy with bytes changed or cut off. Seeds:
 * PolicyLoaderFuzzTestInputs/.
 */
class PolicyLoaderFuzzTest {

  private static final String BUNDLED = bundledText();

  @FuzzTest
  void parse_arbitraryText_givesPolicyOrInputException(byte[] bytes) {
    assertPolicyOrInputError(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  @FuzzTest
  void parse_mutatedBundledPolicy_givesPolicyOrInputException(FuzzedDataProvider data) {
    StringBuilder mutated = new StringBuilder(BUNDLED);
    int edits = data.consumeInt(0, 8);
    for (int i = 0; i < edits && mutated.length() > 0; i++) {
      int at = data.consumeInt(0, mutated.length() - 1);
      mutated.setCharAt(at, data.consumeChar());
    }
    if (data.consumeBoolean()) {
      mutated.setLength(data.consumeInt(0, mutated.length()));
    }
    assertPolicyOrInputError(mutated.toString());
  }

  private static void assertPolicyOrInputError(String text) {
    try {
      Policy policy = PolicyLoader.parse("fuzz.yaml", text);
      assertThat(policy.tiers()).hasSize(4);
      assertThat(policy.triggers()).isNotEmpty();
    } catch (InputException refused) {
      assertThat(refused.file()).isEqualTo("fuzz.yaml");
      assertThat(refused.line()).isNotNegative();
      assertThat(refused.problem()).isNotBlank();
    }
  }

  private static String bundledText() {
    try (var in = PolicyLoaderFuzzTest.class.getResourceAsStream("/policies/rrf-2025.yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
