package dev.clearance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.document.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema of policy files (schemas/clearance-policy-1.schema.json, for editors
 * and CI of policy authors) accepts every bundled policy and refuses the structural mistakes the
 * loader refuses.
 */
class PolicySchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void validate_everyBundledPolicy_isValid() throws Exception {
    for (String name : PolicyLoader.bundledNames()) {
      List<Error> errors = validate(resource("/policies/" + name + ".yaml"));
      assertThat(errors).as(name).isEmpty();
    }
  }

  @Test
  void validate_minimalTestPolicy_isValid() throws Exception {
    assertThat(validate(PolicyLoaderTest.resource("minimal.yaml"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-schema",
        "unknown-key",
        "missing-tier",
        "bad-severity",
        "bad-version",
        "unknown-detector",
        "tier-out-of-range",
        "not-a-mapping",
        "missing-consistency"
      })
  void validate_invalidPolicy_isRefused(String name) throws Exception {
    assertThat(validate(PolicyLoaderTest.resource("invalid/" + name + ".yaml"))).isNotEmpty();
  }

  private static List<Error> validate(String yaml) throws Exception {
    Node tree = new YamlReader(InputLimits.DEFAULT).read("policy.yaml", yaml);
    String json = MAPPER.writeValueAsString(toJson(tree));
    String schemaText = resource("/schemas/clearance-policy-1.schema.json");
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
    return schema.validate(json, InputFormat.JSON);
  }

  /** YAML tree to JSON, reading plain scalars as YAML 1.2 core schema does. */
  private static JsonNode toJson(Node node) {
    JsonNodeFactory factory = JsonNodeFactory.instance;
    return switch (node) {
      case Node.Mapping mapping -> {
        ObjectNode object = factory.objectNode();
        mapping.entries().forEach((key, value) -> object.set(key, toJson(value)));
        yield object;
      }
      case Node.Sequence sequence -> {
        ArrayNode array = factory.arrayNode();
        sequence.items().forEach(item -> array.add(toJson(item)));
        yield array;
      }
      case Node.Scalar scalar -> {
        if (scalar.isNull()) {
          yield factory.nullNode();
        }
        if (!scalar.quoted() && scalar.text().matches("true|false")) {
          yield factory.booleanNode(Boolean.parseBoolean(scalar.text()));
        }
        if (!scalar.quoted() && scalar.text().matches("-?\\d+")) {
          yield factory.numberNode(Long.parseLong(scalar.text()));
        }
        if (!scalar.quoted() && scalar.asNumber().isPresent()) {
          yield factory.numberNode(scalar.asNumber().get());
        }
        yield factory.textNode(scalar.text());
      }
    };
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PolicySchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
