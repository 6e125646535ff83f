package dev.clearance.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.document.InputException;
import dev.clearance.dossier.ModelCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class CycloneDxExporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ModelCard handWritten() throws InputException {
    return Resources.card("README.md", Resources.text("hand-written-card.md"));
  }

  private static JsonNode component(String json) throws IOException {
    return JSON.readTree(json).get("components").get(0);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static JsonNode property(JsonNode properties, String name) {
    for (JsonNode property : properties) {
      if (property.get("name").asText().equals(name)) {
        return property.get("value");
      }
    }
    throw new AssertionError("no property " + name + " in " + properties);
  }

  @Test
  void toJson_handWrittenCard_isValidCycloneDx16() throws Exception {
    String json = CycloneDxExporter.toJson(handWritten());

    assertThat(BomSchema.errors(json)).isEmpty();
    Bom parsed = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.getSpecVersion()).isEqualTo("1.6");
    assertThat(parsed.getComponents().get(0).getType())
        .isEqualTo(Component.Type.MACHINE_LEARNING_MODEL);
    assertThat(parsed.getComponents().get(0).getModelCard().getConsiderations().getUseCases())
        .isNull();
  }

  @Test
  void toJson_handWrittenCard_mapsFrontMatterToNativeFields() throws Exception {
    JsonNode component = component(CycloneDxExporter.toJson(handWritten()));

    assertThat(component.get("group").asText()).isEqualTo("example-org");
    assertThat(component.get("name").asText()).isEqualTo("tiny-lm");
    JsonNode license = component.get("licenses").get(0).get("license");
    assertThat(license.get("name").asText()).isEqualTo("example-community-license");
    assertThat(license.get("url").asText()).isEqualTo("LICENSE.md");
    assertThat(texts(component.get("tags"))).containsExactly("safety", "2024");
    assertThat(component.at("/pedigree/ancestors/1/group").asText()).isEqualTo("example-org");
    assertThat(component.at("/pedigree/ancestors/1/name").asText()).isEqualTo("base-b");
    JsonNode parameters = component.at("/modelCard/modelParameters");
    assertThat(parameters.get("task").asText()).isEqualTo("text-generation");
    assertThat(parameters.at("/datasets/0/name").asText()).isEqualTo("example-org/web-text");
    assertThat(parameters.at("/datasets/0/description").asText()).isEqualTo("Filtered web pages.");
    assertThat(parameters.at("/datasets/0/classification").asText()).isEqualTo("public");
    assertThat(parameters.at("/datasets/1/name").asText()).isEqualTo("example-org/code-mix");
    assertThat(parameters.at("/datasets/2/description").asText())
        .isEqualTo("Ten percent of the tokens are synthetic.");
    JsonNode metric = component.at("/modelCard/quantitativeAnalysis/performanceMetrics/0");
    assertThat(metric.get("type").asText()).isEqualTo("mc2");
    assertThat(metric.get("value").asText()).isEqualTo("0.41");
    assertThat(metric.get("slice").asText()).isEqualTo("TruthfulQA (truthful_qa)");
  }

  @Test
  void toJson_handWrittenCard_mapsSectionsToConsiderations() throws Exception {
    JsonNode component = component(CycloneDxExporter.toJson(handWritten()));

    assertThat(component.get("description").asText())
        .isEqualTo("A small model.\nIt has two lines.");
    JsonNode considerations = component.at("/modelCard/considerations");
    assertThat(texts(considerations.get("technicalLimitations")))
        .containsExactly("Short context", "English only");
    assertThat(considerations.at("/ethicalConsiderations/0/name").asText())
        .isEqualTo("Toxic output");
    assertThat(considerations.at("/ethicalConsiderations/0/mitigationStrategy").asText())
        .isEqualTo("Output filter");
    JsonNode consumption = considerations.at("/environmentalConsiderations/energyConsumptions/0");
    assertThat(consumption.get("activity").asText()).isEqualTo("training");
    assertThat(consumption.at("/activityEnergyCost/value").asDouble()).isEqualTo(1500.0);
    assertThat(consumption.at("/co2CostEquivalent/value").asDouble()).isEqualTo(0.6);
    assertThat(consumption.at("/energyProviders/0/energySource").asText()).isEqualTo("hydropower");
    assertThat(consumption.at("/energyProviders/0/organization/address/country").asText())
        .isEqualTo("Norway");
  }

  @Test
  void toJson_unmappedParts_becomeHuggingFaceProperties() throws Exception {
    JsonNode component = component(CycloneDxExporter.toJson(handWritten()));

    JsonNode properties = component.at("/modelCard/properties");
    List<String> sections = new ArrayList<>();
    properties.forEach(
        property -> {
          if (property.get("name").asText().equals("huggingface:section")) {
            sections.add(property.get("value").asText());
          }
        });
    assertThat(sections)
        .containsExactly(
            "## Out-of-Scope Use\n\nMedical advice.",
            "## Evaluation\n\nWe ran TruthfulQA with the harness defaults.");
    assertThat(property(properties, "huggingface:metadata:license_name").asText())
        .isEqualTo("\"example-community-license\"");
    assertThat(property(properties, "huggingface:layout").asText())
        .contains("\"heading\":\"Out-of-Scope Use\"");
    JsonNode co2 =
        property(
            component.at("/modelCard/considerations/environmentalConsiderations/properties"),
            "huggingface:metadata:co2_eq_emissions");
    assertThat(co2.asText()).isEqualTo("1200");
  }

  @Test
  void toJson_keepsLineBreaksThatTheLibraryGeneratorWouldFlatten() throws Exception {
    JsonNode component = component(CycloneDxExporter.toJson(handWritten()));

    assertThat(component.get("description").asText()).contains("\n");
  }

  @Test
  void toJson_sameCard_givesTheSameBom() throws Exception {
    String first = CycloneDxExporter.toJson(handWritten());
    String second = CycloneDxExporter.toJson(handWritten());

    assertThat(second).isEqualTo(first);
    assertThat(JSON.readTree(first).get("serialNumber").asText()).startsWith("urn:uuid:");
  }
}
