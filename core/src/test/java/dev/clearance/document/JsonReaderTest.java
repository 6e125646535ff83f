package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

  private final JsonReader reader = new JsonReader(InputLimits.DEFAULT);

  private InputException refused(String name) {
    return catchThrowableOfType(
        InputException.class,
        () -> reader.read(name, TextDecoding.utf8(name, Resources.bytes(name))));
  }

  @Test
  void read_tenThousandNestedArrays_refusedAtDepthLimit() {
    InputException error = refused("json/deep-nesting.json");

    assertThat(error.file()).isEqualTo("json/deep-nesting.json");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("nesting deeper than 64 levels");
  }

  @Test
  void read_secondObjectAfterFirst_refusedAsTrailingData() {
    InputException error = refused("json/trailing-data.json");

    assertThat(error.file()).isEqualTo("json/trailing-data.json");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem()).isEqualTo("extra data after the end of the JSON value");
  }

  @Test
  void read_duplicateKey_namesBothLines() {
    InputException error = refused("json/duplicate-key.json");

    assertThat(error.file()).isEqualTo("json/duplicate-key.json");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem()).isEqualTo("duplicate key 'model_type' (first at line 2)");
  }

  @Test
  void read_missingComma_namesLine() {
    InputException error = refused("json/malformed.json");

    assertThat(error.file()).isEqualTo("json/malformed.json");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem())
        .startsWith("malformed JSON: Unexpected character")
        .contains("was expecting comma");
  }

  @Test
  void read_unterminatedArray_namesWhereItStarted() {
    InputException error = refused("json/unterminated.json");

    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem())
        .startsWith("malformed JSON: Unexpected end-of-input")
        .contains("line 3, column 20")
        .doesNotContain("REDACTED");
  }

  @Test
  void read_onlyWhitespace_refusedAsEmpty() {
    InputException error = refused("json/empty.json");

    assertThat(error.file()).isEqualTo("json/empty.json");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem()).isEqualTo("empty file, expected a JSON value");
  }

  @Test
  void read_invalidUtf8_refusedWithLine() {
    InputException error = refused("json/not-utf8.json");

    assertThat(error.file()).isEqualTo("json/not-utf8.json");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("not valid UTF-8 (bad byte 0xFF at offset 38)");
  }

  @Test
  void read_bloomIndexWithMergeConflict_refusedAtConflictLine() throws IOException {
    Path bloom =
        Path.of(System.getProperty("clearance.shared"), "corpus/safetensors_index/bloom-176b.json");
    String text = Files.readString(bloom);

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("bloom-176b.json", text));

    assertThat(error.file()).isEqualTo("bloom-176b.json");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("extra data after the end of the JSON value");
    assertThat(error.hint()).contains("merge-conflict");
  }

  @Test
  void read_pythonNaN_readAsNumberText() throws InputException {
    Node.Mapping root = (Node.Mapping) reader.read("nan.json", Resources.text("json/nan.json"));

    assertThat(root.number("acc")).hasValueSatisfying(value -> assertThat(value).isNaN());
    assertThat(root.number("acc_stderr")).contains(Double.POSITIVE_INFINITY);
    assertThat(root.number("ok")).contains(0.5);
  }

  @Test
  void read_values_keepLinesAndEscapedPointers() throws InputException {
    Node.Mapping root =
        (Node.Mapping) reader.read("values.json", Resources.text("json/values.json"));

    assertThat(root.text("model_type")).contains("llama");
    assertThat(root.number("hidden_size")).contains(4096.0);
    assertThat(((Node.Scalar) root.get("rope_scaling").orElseThrow()).isNull()).isTrue();
    Node.Sequence list = root.mapping("a/b~c").orElseThrow().sequence("list").orElseThrow();
    assertThat(list.source()).isEqualTo(new Source("values.json", 7, "/a~1b~0c/list"));
    Node.Mapping third = (Node.Mapping) list.items().get(2);
    assertThat(third.get("three").orElseThrow().source())
        .isEqualTo(new Source("values.json", 7, "/a~1b~0c/list/2/three"));
  }

  @Test
  void read_moreValuesThanLimit_refused() {
    InputLimits fewNodes = new InputLimits(1 << 20, 64, 50, 3);

    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> new JsonReader(fewNodes).read("many.json", "[1,\n2,\n3,\n4]"));

    assertThat(error.file()).isEqualTo("many.json");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("more than 3 JSON values");
  }

  @Test
  void read_numberOfThousandsOfDigits_refusedWithLine() {
    String text = "{\n  \"hidden_size\": " + "9".repeat(1500) + "\n}\n";

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("config.json", text));

    assertThat(error.file()).isEqualTo("config.json");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem())
        .isEqualTo(
            "JSON beyond the reader's limits: Number value length (1500) exceeds the maximum"
                + " allowed (1000)");
  }

  @Test
  void read_textLongerThanLimit_refused() {
    InputLimits tiny = new InputLimits(4, 64, 50, 1000);

    InputException error =
        catchThrowableOfType(
            InputException.class, () -> new JsonReader(tiny).read("big.json", "[1, 2]"));

    assertThat(error.file()).isEqualTo("big.json");
    assertThat(error.problem()).isEqualTo("JSON of 6 characters is larger than the limit of 4");
  }
}
