package dev.clearance.artifacts.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.clearance.document.InputException;
import org.junit.jupiter.api.Test;

class BundleJsonFuzzTest {

  @FuzzTest
  void parse_arbitraryBytes_givesBundleOrInputException(byte[] input) {
    try {
      Bundle bundle = BundleJson.parse(input, "fuzz.json");
      Bundle again = BundleJson.parse(BundleJson.write(bundle).getBytes(), "again.json");
      assertThat(again.payload()).isEqualTo(bundle.payload());
      assertThat(again.signature()).isEqualTo(bundle.signature());
    } catch (InputException expected) {
      assertThat(expected.file()).isEqualTo("fuzz.json");
    }
  }

  @Test
  void parse_notJson_namesTheLine() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BundleJson.parse("{\n\"mediaType\": ]".getBytes(), "bundle.json"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("bundle.json:2");
  }
}
