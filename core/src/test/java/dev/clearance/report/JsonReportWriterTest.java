package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonReportWriter writer = new JsonReportWriter("0.0.0-test");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_matchesGolden(String name, CheckReport report) throws IOException {
    Goldens.assertMatches(name + ".json", writer.render(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_followsSchema(String name, CheckReport report) throws IOException {
    assertThat(validate(writer.render(report))).isEmpty();
  }

  @Test
  void schema_resultWithoutItsStatusFields_isRejected() throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(writer.render(SampleReports.failingTier3()));
    ObjectNode failed = (ObjectNode) root.get("results").get(1);
    failed.remove("howToFix");
    ObjectNode passed = (ObjectNode) root.get("results").get(0);
    passed.put("status", "passed");

    List<Error> errors = validate(MAPPER.writeValueAsString(root));

    assertThat(errors)
        .extracting(error -> error.getInstanceLocation().toString())
        .contains("/results/0/status", "/results/1");
  }

  @Test
  void schema_unknownTopLevelField_isRejected() throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(writer.render(SampleReports.passingTier1()));
    root.put("extra", true);

    assertThat(validate(MAPPER.writeValueAsString(root))).isNotEmpty();
  }

  @Test
  void render_failingReport_keepsEveryTriggerEvidenceAndCount() throws IOException {
    JsonNode root = MAPPER.readTree(writer.render(SampleReports.failingTier3()));

    assertThat(root.get("schemaVersion").asText()).isEqualTo(CheckReport.SCHEMA_VERSION);
    assertThat(root.at("/policy/id").asText()).isEqualTo("rrf");
    assertThat(root.at("/policy/version").asText()).isEqualTo("2025.1");
    assertThat(root.get("passed").asBoolean()).isFalse();
    assertThat(root.at("/tier/tier").asInt()).isEqualTo(3);
    assertThat(root.at("/tier/triggers")).hasSize(4);
    assertThat(root.at("/tier/triggers/3/fired").asBoolean()).isFalse();
    assertThat(root.at("/tier/triggers/2/evidence/1/source/pointer").asText()).isEqualTo("/tags/1");
    assertThat(root.at("/tier/parameters/basis").asText()).isEqualTo("config_estimate");
    assertThat(root.at("/summary/blocking").asInt()).isEqualTo(2);
    assertThat(root.at("/summary/failed").asInt()).isEqualTo(4);
    assertThat(root.at("/results/2/severity").asText()).isEqualTo("blocker");
    assertThat(root.at("/results/2/coverage").asText()).isEqualTo("partial");
    assertThat(root.at("/results/2/evidence/0/source/line").asInt()).isEqualTo(21);
    assertThat(root.at("/results/3/status").asText()).isEqualTo("warn");
    assertThat(root.at("/results/1/evidence/0").isMissingNode()).isTrue();
  }

  @Test
  void render_topLevelFields_comeInDocumentedOrder() throws IOException {
    JsonNode root = MAPPER.readTree(writer.render(SampleReports.passingTier1()));
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);

    assertThat(names)
        .containsExactly(
            "schemaVersion",
            "tool",
            "policy",
            "subject",
            "checkedAt",
            "passed",
            "summary",
            "filesRead",
            "tier",
            "results");
  }

  @Test
  void render_hostileText_keepsValuesExactly() throws IOException {
    CheckReport report = SampleReports.hostile();
    JsonNode root = MAPPER.readTree(writer.render(report));

    assertThat(root.at("/results/0/title").asText())
        .isEqualTo(report.results().get(0).requirement().title());
    assertThat(root.at("/subject").asText()).isEqualTo("models/<evil>|dir");
  }

  static List<Error> validate(String json) throws IOException {
    try (InputStream schemaText =
        JsonReportWriter.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
      assertThat(schemaText).as("schema on the classpath").isNotNull();
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(schemaText);
      return schema.validate(json, InputFormat.JSON);
    }
  }
}
