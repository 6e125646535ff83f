package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SarifReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final SarifReportWriter writer = new SarifReportWriter("0.0.0-test");

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_matchesGolden(String name, CheckReport report) throws IOException {
    Goldens.assertMatches(name + ".sarif.json", writer.render(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.clearance.report.SampleReports#all")
  void render_sampleReport_followsOfficialSarifSchema(String name, CheckReport report)
      throws IOException {
    assertThat(validate(writer.render(report))).isEmpty();
  }

  @Test
  void officialSchema_logWithoutVersion_isRejected() throws IOException {
    assertThat(validate("{\"runs\": []}")).isNotEmpty();
  }

  @Test
  void render_failingReport_mapsSeverityToLevel() throws IOException {
    JsonNode results = runOf(SampleReports.failingTier3()).get("results");

    assertThat(results)
        .extracting(result -> result.get("ruleId").asText() + "=" + result.get("level").asText())
        .containsExactly(
            "training-data.synthetic-share=error",
            "safety.benchmarks=error",
            "license.uses=warning",
            "compute.energy=warning",
            "contact.security=note",
            "tier/size.1b-to-70b=note",
            "tier/size.over-70b=note",
            "tier/capability.code=note");
  }

  @Test
  void render_failingReport_describesEveryRequirementAsRule() throws IOException {
    JsonNode run = runOf(SampleReports.failingTier3());
    JsonNode rules = run.at("/tool/driver/rules");

    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("clearance");
    assertThat(rules.get(2).get("id").asText()).isEqualTo("safety.benchmarks");
    assertThat(rules.get(2).at("/help/text").asText()).startsWith("model-index:");
    assertThat(rules.get(2).at("/properties/specRefs/0").asText()).isEqualTo("DOC-2");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void render_failingReport_pointsAtEvidenceOrTheCard() throws IOException {
    JsonNode results = runOf(SampleReports.failingTier3()).get("results");
    JsonNode benchmarks = results.get(1).at("/locations/0");
    JsonNode synthetic = results.get(0).at("/locations/0");

    assertThat(benchmarks.at("/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("big-coder/README.md");
    assertThat(benchmarks.at("/physicalLocation/region/startLine").asInt()).isEqualTo(21);
    assertThat(benchmarks.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/model-index/0/results/0");
    assertThat(synthetic.at("/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("big-coder/README.md");
    assertThat(synthetic.at("/physicalLocation/region").isMissingNode()).isTrue();
  }

  @Test
  void render_failingReport_recordsTierAsRunProperty() throws IOException {
    JsonNode properties = runOf(SampleReports.failingTier3()).get("properties");

    assertThat(properties.at("/tier/tier").asInt()).isEqualTo(3);
    assertThat(properties.at("/policy").asText()).isEqualTo("rrf@2025.1");
    assertThat(properties.at("/passed").asBoolean()).isFalse();
    assertThat(properties.at("/tier/firedTriggers"))
        .extracting(JsonNode::asText)
        .containsExactly("size.1b-to-70b", "size.over-70b", "capability.code");
  }

  @Test
  void render_passingReport_hasNoResultsButEveryRule() throws IOException {
    JsonNode run = runOf(SampleReports.passingTier1());

    assertThat(run.get("results")).isEmpty();
    assertThat(run.at("/tool/driver/rules")).hasSize(5);
  }

  private JsonNode runOf(CheckReport report) throws IOException {
    return MAPPER.readTree(writer.render(report)).at("/runs/0");
  }

  private static List<Error> validate(String sarif) throws IOException {
    try (InputStream schemaText =
        SarifReportWriterTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      assertThat(schemaText).as("SARIF schema in test resources").isNotNull();
      Schema schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
      return schema.validate(sarif, InputFormat.JSON);
    }
  }
}
