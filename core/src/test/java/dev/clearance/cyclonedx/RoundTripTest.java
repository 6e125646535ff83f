package dev.clearance.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.card.HuggingFaceCardWriter;
import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Converts every card of the corpus to the other format and back, and checks field by field that
 * what both formats can hold survives (DOC-8).
 */
class RoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> MAPPED_KEYS =
      List.of(
          "license",
          "license_name",
          "license_link",
          "datasets",
          "pipeline_tag",
          "tags",
          "base_model",
          "co2_eq_emissions",
          "model-index");

  static Stream<String> modelCards() {
    return Resources.corpusFiles("model_cards");
  }

  static Stream<String> cycloneDxFiles() {
    return Resources.corpusFiles("cyclonedx");
  }

  private static ModelCard viaCycloneDx(ModelCard original) throws InputException {
    String json = CycloneDxExporter.toJson(original);
    ModelCard read =
        CycloneDxCardReader.read(original.file(), Resources.bom(original.file(), json));
    return Resources.card(original.file(), new HuggingFaceCardWriter().write(read));
  }

  private static Object plain(Optional<Node> node) {
    return node.map(TreeValues::plain).orElse(null);
  }

  private static List<String> outline(List<CardSection> sections) {
    return CycloneDxExporter.outline(sections);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelCards")
  void huggingFaceToCycloneDxAndBack_keepsFrontMatter(String name) throws InputException {
    ModelCard original = Resources.card(name, Resources.corpusText("model_cards", name));

    ModelCard again = viaCycloneDx(original);

    Node.Mapping before = original.metadata();
    Node.Mapping after = again.metadata();
    for (String key : MAPPED_KEYS) {
      assertThat(plain(after.get(key))).as(key).isEqualTo(plain(before.get(key)));
    }
    assertThat(after.entries().keySet()).containsExactlyElementsOf(before.entries().keySet());
    for (String key : before.entries().keySet()) {
      assertThat(plain(after.get(key))).as(key).isEqualTo(plain(before.get(key)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelCards")
  void huggingFaceToCycloneDxAndBack_keepsSections(String name) throws InputException {
    ModelCard original = Resources.card(name, Resources.corpusText("model_cards", name));

    ModelCard again = viaCycloneDx(original);

    assertThat(outline(again.sections())).containsExactlyElementsOf(outline(original.sections()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelCards")
  void huggingFaceToCycloneDx_holdsMappedFieldsNatively(String name) throws Exception {
    ModelCard card = Resources.card(name, Resources.corpusText("model_cards", name));

    String json = CycloneDxExporter.toJson(card);

    assertThat(BomSchema.errors(json)).isEmpty();
    JsonNode component = JSON.readTree(json).get("components").get(0);
    Node.Mapping metadata = card.metadata();
    Optional<String> license = metadata.text("license").filter(id -> !id.equals("other"));
    if (license.isPresent()) {
      JsonNode entry = component.at("/licenses/0/license");
      String held = entry.has("id") ? entry.get("id").asText() : entry.get("name").asText();
      assertThat(held).isEqualToIgnoringCase(license.get());
    }
    metadata
        .text("pipeline_tag")
        .ifPresent(
            task ->
                assertThat(component.at("/modelCard/modelParameters/task").asText())
                    .isEqualTo(task));
    metadata
        .sequence("tags")
        .ifPresent(
            tags ->
                assertThat(texts(component.path("tags"))).containsExactlyElementsOf(scalars(tags)));
    metadata
        .sequence("datasets")
        .ifPresent(
            datasets -> {
              List<String> names = new ArrayList<>();
              component
                  .at("/modelCard/modelParameters/datasets")
                  .forEach(
                      dataset -> {
                        if (dataset.has("name")) {
                          names.add(dataset.get("name").asText());
                        }
                      });
              assertThat(names).containsExactlyElementsOf(scalars(datasets));
            });
    metadata
        .sequence("model-index")
        .ifPresent(
            index ->
                assertThat(metricValues(component)).containsExactlyElementsOf(indexValues(index)));
    for (CardSection section : card.sections()) {
      List<CardField> fields = CardField.forHeading(section.heading());
      if (!fields.isEmpty() && stringList(fields.get(0)) != null) {
        JsonNode held = component.at(stringList(fields.get(0)));
        assertThat(texts(held)).as(section.title()).containsAll(ItemText.parse(section.text()));
      }
    }
  }

  /** The JSON pointer of a field that is a list of strings, else null. */
  private static String stringList(CardField field) {
    return switch (field) {
      case USERS -> "/modelCard/considerations/users";
      case USE_CASES -> "/modelCard/considerations/useCases";
      case LIMITATIONS -> "/modelCard/considerations/technicalLimitations";
      case TRADEOFFS -> "/modelCard/considerations/performanceTradeoffs";
      default -> null;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cycloneDxFiles")
  void cycloneDxToHuggingFaceAndBack_keepsModelCard(String name) throws Exception {
    String original = Resources.corpusText("cyclonedx", name);
    ModelCard card = CycloneDxCardReader.read(name, Resources.bom(name, original));
    String markdown = new HuggingFaceCardWriter().write(card);

    String json = CycloneDxExporter.toJson(Resources.card("README.md", markdown));

    assertThat(BomSchema.errors(json)).isEmpty();
    JsonNode before = JSON.readTree(original).get("components").get(0);
    JsonNode after = JSON.readTree(json).get("components").get(0);
    JsonNode beforeCard = before.get("modelCard");
    JsonNode afterCard = after.get("modelCard");
    assertThat(afterCard.get("modelParameters")).isEqualTo(beforeCard.get("modelParameters"));
    assertThat(afterCard.get("considerations")).isEqualTo(beforeCard.get("considerations"));
    assertThat(afterCard.get("properties")).isEqualTo(beforeCard.get("properties"));
    assertThat(afterCard.at("/quantitativeAnalysis/performanceMetrics"))
        .isEqualTo(beforeCard.at("/quantitativeAnalysis/performanceMetrics"));
    assertThat(afterCard.at("/quantitativeAnalysis/graphics").isMissingNode())
        .as("graphics are documented as not kept")
        .isTrue();
    for (String field : List.of("name", "group", "description")) {
      assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
    }
    ObjectNode withoutGraphics = beforeCard.deepCopy();
    if (withoutGraphics.get("quantitativeAnalysis") instanceof ObjectNode analysis) {
      analysis.remove("graphics");
    }
    assertThat(afterCard).isEqualTo(withoutGraphics);
  }

  private static List<String> metricValues(JsonNode component) {
    List<String> values = new ArrayList<>();
    component
        .at("/modelCard/quantitativeAnalysis/performanceMetrics")
        .forEach(
            metric -> values.add(metric.get("type").asText() + "=" + metric.get("value").asText()));
    return values;
  }

  private static List<String> indexValues(Node.Sequence index) {
    List<String> values = new ArrayList<>();
    for (Node model : index.items()) {
      for (Node result : ((Node.Mapping) model).sequence("results").orElseThrow().items()) {
        for (Node metric : ((Node.Mapping) result).sequence("metrics").orElseThrow().items()) {
          Node.Mapping entry = (Node.Mapping) metric;
          values.add(entry.text("type").orElseThrow() + "=" + entry.text("value").orElseThrow());
        }
      }
    }
    return values;
  }

  private static List<String> scalars(Node.Sequence list) {
    return list.items().stream().map(node -> ((Node.Scalar) node).text()).toList();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  static JsonNode tree(String json) throws IOException {
    return JSON.readTree(json);
  }
}
