package dev.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class YamlReaderTest {

  private final YamlReader reader = new YamlReader(InputLimits.DEFAULT);

  private InputException refused(String name) {
    return catchThrowableOfType(
        InputException.class, () -> reader.read(name, Resources.text(name)));
  }

  @Test
  void read_unclosedFlowSequence_namesLineOfTheBreak() {
    InputException error = refused("yaml/malformed.yaml");

    assertThat(error.file()).isEqualTo("yaml/malformed.yaml");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).startsWith("malformed YAML: expected ',' or ']'");
  }

  @Test
  void read_badIndentation_namesLine() {
    InputException error = refused("yaml/malformed-indentation.yaml");

    assertThat(error.file()).isEqualTo("yaml/malformed-indentation.yaml");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem()).startsWith("malformed YAML:");
  }

  @Test
  void read_billionLaughs_refusedBeforeExpanding() {
    InputException error = refused("yaml/alias-bomb.yaml");

    assertThat(error.file()).isEqualTo("yaml/alias-bomb.yaml");
    assertThat(error.line()).isEqualTo(8);
    assertThat(error.problem())
        .isEqualTo("more than 500000 YAML nodes (an alias bomb or a very large document)");
  }

  @Test
  void read_manyCollectionAliases_refusedAtAliasLimit() throws InputException {
    InputLimits fewAliases = new InputLimits(1 << 20, 64, 3, 500_000);
    String text = "base: &base [1]\nuses: [*base, *base, *base, *base]\n";

    InputException error =
        catchThrowableOfType(
            InputException.class, () -> new YamlReader(fewAliases).read("aliases.yaml", text));

    assertThat(error.file()).isEqualTo("aliases.yaml");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).startsWith("more than 3 aliases to mappings or sequences");
  }

  @Test
  void read_tenThousandNestedFlowSequences_refusedAtDepthLimit() {
    InputException error = refused("yaml/deep-nesting.yaml");

    assertThat(error.file()).isEqualTo("yaml/deep-nesting.yaml");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("nesting deeper than 64 levels");
  }

  @Test
  void read_tenThousandNestedBlockSequences_refusedAtDepthLimit() {
    InputException error = refused("yaml/deep-nesting-block.yaml");

    assertThat(error.file()).isEqualTo("yaml/deep-nesting-block.yaml");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("nesting deeper than 64 levels");
  }

  @Test
  void read_pythonObjectTag_refused() {
    InputException error = refused("yaml/tag-python.yaml");

    assertThat(error.file()).isEqualTo("yaml/tag-python.yaml");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem())
        .isEqualTo("unsafe or unknown YAML tag '!!python/object/apply:os.system'");
  }

  @Test
  void read_javaClassTags_refused() {
    InputException error = refused("yaml/tag-java.yaml");

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem())
        .isEqualTo("unsafe or unknown YAML tag '!!javax.script.ScriptEngineManager'");
  }

  @Test
  void read_localJavaTag_refused() {
    InputException error = refused("yaml/tag-java-local.yaml");

    assertThat(error.file()).isEqualTo("yaml/tag-java-local.yaml");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("unsafe or unknown YAML tag '!java.lang.ProcessBuilder'");
  }

  @Test
  void read_customTag_refused() {
    InputException error = refused("yaml/tag-custom.yaml");

    assertThat(error.file()).isEqualTo("yaml/tag-custom.yaml");
    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem()).isEqualTo("unsafe or unknown YAML tag '!foo'");
  }

  @Test
  void read_duplicateKey_namesBothLines() {
    InputException error = refused("yaml/duplicate-key.yaml");

    assertThat(error.file()).isEqualTo("yaml/duplicate-key.yaml");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("duplicate key 'license' (first at line 1)");
  }

  @Test
  void read_duplicateNestedKey_namesBothLines() {
    InputException error = refused("yaml/duplicate-key-nested.yaml");

    assertThat(error.line()).isEqualTo(6);
    assertThat(error.problem()).isEqualTo("duplicate key 'task' (first at line 4)");
  }

  @Test
  void read_twoDocuments_refusedAtSecondMarker() {
    InputException error = refused("yaml/multiple-documents.yaml");

    assertThat(error.file()).isEqualTo("yaml/multiple-documents.yaml");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("more than one YAML document (a second '---')");
  }

  @Test
  void read_aliasWithoutAnchor_refused() {
    InputException error = refused("yaml/unknown-alias.yaml");

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("alias *missing refers to no anchor");
  }

  @Test
  void read_sequenceAsKey_refused() {
    InputException error = refused("yaml/complex-key.yaml");

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("a mapping key is not a plain value");
  }

  @Test
  void read_textLongerThanLimit_refused() {
    InputLimits tiny = new InputLimits(16, 64, 50, 1000);

    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> new YamlReader(tiny).read("big.yaml", "license: apache-2.0\n"));

    assertThat(error.file()).isEqualTo("big.yaml");
    assertThat(error.line()).isZero();
    assertThat(error.problem()).isEqualTo("YAML of 20 characters is larger than the limit of 16");
  }

  @Test
  void read_scalars_keepTextQuotingAndLines() throws InputException {
    Node.Mapping root =
        (Node.Mapping) reader.read("values.yaml", Resources.text("yaml/values.yaml"));

    assertThat(root.text("license")).contains("apache-2.0");
    assertThat(root.number("quoted")).isEmpty();
    assertThat(root.number("number")).contains(0.5);
    assertThat(root.number("separator")).contains(24_700_000.0);
    assertThat(((Node.Scalar) root.get("nothing").orElseThrow()).isNull()).isTrue();
    assertThat(((Node.Scalar) root.get("empty").orElseThrow()).isNull()).isTrue();
    assertThat(root.text("flag")).contains("true");
    assertThat(root.get("a/b~c").orElseThrow().source())
        .isEqualTo(new Source("values.yaml", 9, "/a~1b~0c"));
    Node.Sequence list = root.sequence("list").orElseThrow();
    Node.Mapping second = (Node.Mapping) list.items().get(1);
    assertThat(second.get("second").orElseThrow().source())
        .isEqualTo(new Source("values.yaml", 12, "/list/1/second"));
  }

  @Test
  void read_aliasedMapping_copiedWithPointerOfUse() throws InputException {
    Node.Mapping root =
        (Node.Mapping) reader.read("anchors.yaml", Resources.text("yaml/anchors.yaml"));

    Node.Mapping settings = root.mapping("model").orElseThrow().mapping("settings").orElseThrow();
    assertThat(settings.text("license")).contains("mit");
    assertThat(settings.source().pointer()).isEqualTo("/model/settings");
    assertThat(settings.source().line()).as("line of the anchored original").isEqualTo(1);
  }

  @Test
  void read_frontMatterOffset_reportsFileLines() {
    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("card.md", "a: 1\na: 2\n", 1));

    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("duplicate key 'a' (first at line 2)");
  }

  @Test
  void read_emptyDocument_givesEmptyMapping() throws InputException {
    Node root = reader.read("empty.yaml", "# only a comment\n");

    assertThat(root)
        .isInstanceOfSatisfying(
            Node.Mapping.class, mapping -> assertThat(mapping.entries()).isEmpty());
  }
}
