package dev.clearance.ledger.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.ledger.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> cases() {
    return TestData.files("entry/canonical", ".input.json").stream();
  }

  private static Path expected(Path input) {
    return input.resolveSibling(
        input.getFileName().toString().replace(".input.json", ".canonical.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void encode_case_givesExpectedBytes(Path input) throws IOException {
    JsonNode value = JSON.readTree(input.toFile());
    assertThat(new String(CanonicalJson.encode(value), StandardCharsets.UTF_8))
        .isEqualTo(new String(TestData.read(expected(input)), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parse_canonicalCase_acceptsAndReencodesSame(Path input) throws EntryException {
    byte[] canonical = TestData.read(expected(input));
    assertThat(CanonicalJson.encode(CanonicalJson.parse(canonical, 1 << 16))).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parse_nonCanonicalInput_isRefused(Path input) {
    assertThatThrownBy(() -> CanonicalJson.parse(TestData.read(input), 1 << 16))
        .isInstanceOf(EntryException.class)
        .hasMessageContaining("not in canonical form");
  }

  @Test
  void encode_insertionOrder_doesNotMatter() {
    ObjectNode first = JsonNodeFactory.instance.objectNode().put("b", "2").put("a", "1");
    ObjectNode second = JsonNodeFactory.instance.objectNode().put("a", "1").put("b", "2");
    assertThat(CanonicalJson.encode(first)).isEqualTo(CanonicalJson.encode(second));
  }

  @Test
  void encode_floatOrHugeNumberOrLoneSurrogate_isRefused() {
    assertThatThrownBy(
            () -> CanonicalJson.encode(JsonNodeFactory.instance.objectNode().put("x", 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.x is 1.5: only integers");
    assertThatThrownBy(
            () -> CanonicalJson.encode(JsonNodeFactory.instance.objectNode().put("x", 1L << 53)))
        .hasMessageContaining("only integers within");
    assertThatThrownBy(() -> CanonicalJson.encode(JsonNodeFactory.instance.textNode("a\ud800b")))
        .hasMessageContaining("unpaired surrogate at character 1");
  }

  @Test
  void parse_duplicateKeyOrTrailingData_isRefused() {
    assertThatThrownBy(
            () -> CanonicalJson.parse("{\"a\":1,\"a\":1}".getBytes(StandardCharsets.UTF_8), 100))
        .isInstanceOf(EntryException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(
            () -> CanonicalJson.parse("{\"a\":1}{}".getBytes(StandardCharsets.UTF_8), 100))
        .isInstanceOf(EntryException.class);
    assertThatThrownBy(() -> CanonicalJson.parse(new byte[101], 100))
        .hasMessageContaining("more than the limit of 100");
  }
}
