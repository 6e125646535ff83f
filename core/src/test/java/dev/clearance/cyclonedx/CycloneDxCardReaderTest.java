package dev.clearance.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.EvalResult;
import dev.clearance.dossier.ModelCard;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycloneDxCardReaderTest {

  private static final String OFFICIAL = "cdx-1.6-valid-machine-learning.json";
  private static final String ENVIRONMENT = "cdx-1.6-ml-considerations-env.json";

  private static ModelCard corpusCard(String name) throws InputException {
    return CycloneDxCardReader.read(
        name, Resources.bom(name, Resources.corpusText("cyclonedx", name)));
  }

  private static CardSection section(ModelCard card, String heading) {
    return card.sections().stream()
        .filter(section -> section.heading().equals(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + heading));
  }

  @Test
  void read_officialFixture_givesHuggingFaceKeysWithPointers() throws InputException {
    ModelCard card = corpusCard(OFFICIAL);

    Node.Mapping metadata = card.metadata();
    assertThat(metadata.text("pipeline_tag")).contains("task goes here");
    assertThat(metadata.get("pipeline_tag").orElseThrow().source().pointer())
        .isEqualTo("/components/0/modelCard/modelParameters/task");
    assertThat(metadata.sequence("datasets").orElseThrow().items())
        .extracting(node -> ((Node.Scalar) node).text())
        .containsExactly("Training Data");
    assertThat(metadata.sequence("model-index")).isPresent();
    assertThat(card.file()).isEqualTo(OFFICIAL);
    assertThat(card.lines()).isEmpty();
  }

  @Test
  void read_officialFixture_givesStandardSections() throws InputException {
    ModelCard card = corpusCard(OFFICIAL);

    assertThat(card.sections())
        .extracting(CardSection::heading)
        .containsExactly(
            "CompVis/stable-diffusion",
            "Model Description",
            "Model Architecture",
            "Architecture Family",
            "Learning Approach",
            "Input Formats",
            "Output Formats",
            "Training Data",
            "Intended Users",
            "Intended Use",
            "Limitations",
            "Performance Tradeoffs",
            "Bias, Risks, and Limitations",
            "Ethical Considerations",
            "Evaluation",
            "Model Card Properties");
    CardSection useCases = section(card, "Intended Use");
    assertThat(useCases.source().pointer())
        .isEqualTo("/components/0/modelCard/considerations/useCases");
    assertThat(useCases.line()).isEqualTo(68);
    assertThat(useCases.text())
        .isEqualTo(
            "- Who are the intended users of the model?\n"
                + "- Text-to-image generation for creative applications");
    assertThat(useCases.path()).containsExactly("CompVis/stable-diffusion", "Intended Use");
    assertThat(section(card, "Ethical Considerations").text())
        .isEqualTo(
            "The name of the risk\n- Mitigation strategy: Strategy used to address this risk");
    assertThat(section(card, "Training Data").text())
        .isEqualTo(
            "Training Data\n- URL: https://example.com/path/to/dataset\n- Classification: public");
  }

  @Test
  void read_environmentalConsiderations_giveCo2AndEnergy() throws InputException {
    ModelCard card = corpusCard(ENVIRONMENT);

    Node.Mapping co2 = card.metadata().mapping("co2_eq_emissions").orElseThrow();
    assertThat(co2.text("emissions")).contains("31220000");
    assertThat(co2.text("training_type")).contains("pre-training");
    assertThat(co2.text("geographical_location")).contains("Newark, New Jersey, United States");
    CardSection impact = section(card, "Environmental Impact");
    assertThat(impact.text())
        .contains("- Activity: training", "- Energy: 0.4 kWh", "- CO2 equivalent: 31.22 tCO2eq")
        .contains("- Energy source: natural-gas");
    assertThat(impact.source().pointer())
        .isEqualTo(
            "/components/0/modelCard/considerations/environmentalConsiderations/energyConsumptions");
  }

  @Test
  void read_metadataComponent_mapsLicenseTagsBaseModelAndDatasets() throws InputException {
    ModelCard card =
        CycloneDxCardReader.read(
            "metadata-component.json", Resources.bomResource("metadata-component.json"));

    Node.Mapping metadata = card.metadata();
    assertThat(metadata.text("license")).contains("apache-2.0");
    assertThat(metadata.get("license").orElseThrow().source().pointer())
        .isEqualTo("/metadata/component/licenses/0/license/id");
    assertThat(metadata.text("base_model")).contains("example-org/tiny-lm-base");
    assertThat(metadata.sequence("tags").orElseThrow().items())
        .extracting(node -> ((Node.Scalar) node).text())
        .containsExactly("text-generation", "english");
    assertThat(metadata.sequence("datasets").orElseThrow().items())
        .extracting(node -> ((Node.Scalar) node).text())
        .containsExactly("example-org/web-text", "wikitext");
    assertThat(section(card, "Training Data").text())
        .isEqualTo(
            "example-org/web-text\n- Description: Filtered web pages.\n- Classification: public");
    assertThat(section(card, "Limitations").text()).isEqualTo("- Short context\n- English only");
    assertThat(card.sections().get(0).heading()).isEqualTo("example-org/tiny-lm");
  }

  @Test
  void read_licenseNameOnly_givesOtherWithNameAndLink() throws InputException {
    ModelCard card =
        CycloneDxCardReader.read("license-name.json", Resources.bomResource("license-name.json"));

    assertThat(card.metadata().text("license")).contains("other");
    assertThat(card.metadata().text("license_name")).contains("Example Community License 2.0");
    assertThat(card.metadata().text("license_link")).contains("https://example.org/license");
  }

  @Test
  void read_nestedComponent_takesFirstInDocumentOrder() throws InputException {
    ModelCard card =
        CycloneDxCardReader.read(
            "nested-component.json", Resources.bomResource("nested-component.json"));

    assertThat(card.metadata().text("pipeline_tag")).contains("fill-mask");
    assertThat(card.metadata().get("pipeline_tag").orElseThrow().source().pointer())
        .isEqualTo("/components/0/components/0/modelCard/modelParameters/task");
  }

  @Test
  void read_noModelCard_throwsNamingFileAndExpectation() {
    assertThatThrownBy(
            () ->
                CycloneDxCardReader.read(
                    "no-model-card.json", Resources.bomResource("no-model-card.json")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no-model-card.json")
        .hasMessageContaining("machine-learning-model")
        .hasMessageContaining("modelCard")
        .satisfies(error -> assertThat(((InputException) error).hint()).contains("1.5"));
  }

  @Test
  void read_notABom_throwsNamingBomFormat() {
    assertThatThrownBy(
            () ->
                CycloneDxCardReader.read("not-a-bom.json", Resources.bomResource("not-a-bom.json")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not-a-bom.json")
        .hasMessageContaining("bomFormat");
  }

  @Test
  void read_malformedHuggingFaceProperty_throwsWithPointerAndLine() {
    assertThatThrownBy(
            () ->
                CycloneDxCardReader.read(
                    "malformed-huggingface-property.json",
                    Resources.bomResource("malformed-huggingface-property.json")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("/components/0/modelCard/properties/0/value")
        .satisfies(error -> assertThat(((InputException) error).line()).isEqualTo(11));
  }

  @Test
  void read_hugeExponents_areNotWrittenOutDigitByDigit() throws InputException {
    ModelCard card =
        CycloneDxCardReader.read("huge-exponent.json", Resources.bomResource("huge-exponent.json"));

    assertThat(card.metadata().get("co2_eq_emissions")).isEmpty();
    assertThat(section(card, "Environmental Impact").text())
        .isEqualTo("- Activity: training")
        .hasSizeLessThan(100);
    assertThat(
            CycloneDxCardReader.evalResults(
                "huge-exponent.json", Resources.bomResource("huge-exponent.json")))
        .isEmpty();
  }

  @Test
  void evalResults_numericMetrics_haveCycloneDxOriginTaskAndPointer() throws InputException {
    List<EvalResult> results =
        CycloneDxCardReader.evalResults(
            "metadata-component.json", Resources.bomResource("metadata-component.json"));

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, EvalResult::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "truthful_qa", "mc2", 0.61, EvalResult.Origin.CYCLONEDX),
            org.assertj.core.groups.Tuple.tuple(
                "crows_pairs", "pct_stereotype", 55.0, EvalResult.Origin.CYCLONEDX),
            org.assertj.core.groups.Tuple.tuple(
                "accuracy", "accuracy", 0.7, EvalResult.Origin.CYCLONEDX));
    assertThat(results.get(0).source().pointer())
        .isEqualTo("/metadata/component/modelCard/quantitativeAnalysis/performanceMetrics/0/value");
    assertThat(results.get(0).source().line()).isPositive();
  }

  @Test
  void evalResults_placeholderValues_areLeftOut() throws InputException {
    assertThat(
            CycloneDxCardReader.evalResults(
                OFFICIAL, Resources.bom(OFFICIAL, Resources.corpusText("cyclonedx", OFFICIAL))))
        .isEmpty();
  }

  @Test
  void evalResults_noModelCard_isEmpty() throws InputException {
    assertThat(
            CycloneDxCardReader.evalResults(
                "no-model-card.json", Resources.bomResource("no-model-card.json")))
        .isEmpty();
  }
}
