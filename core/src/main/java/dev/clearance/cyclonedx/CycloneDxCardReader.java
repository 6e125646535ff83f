package dev.clearance.cyclonedx;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.EvalResult;
import dev.clearance.dossier.ModelCard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model card of a CycloneDX 1.5 or 1.6 BOM (JSON, already parsed by {@link
 * dev.clearance.document.JsonReader}) into the same {@link ModelCard} shape as a Hugging Face
 * markdown card, so that the checks treat both alike (DOC-8).
 *
 * <p>The model is the first component of type {@code machine-learning-model} that has a {@code
 * modelCard}: {@code metadata.component} first, then {@code components} in document order (nested
 * components included). Its fields become front matter with Hugging Face keys ({@code license},
 * {@code tags}, {@code datasets}, {@code base_model}, {@code pipeline_tag}, {@code
 * co2_eq_emissions}, {@code model-index}) and sections under the standard headings ("Training
 * Data", "Intended Use", "Limitations", "Ethical Considerations", "Environmental Impact",
 * "Evaluation", ...). Every value and section keeps the source of the JSON value it came from:
 * file, line and JSON pointer. The card has no {@link ModelCard#lines()}, as it is not markdown.
 * docs/card-formats.md has the whole mapping.
 */
public final class CycloneDxCardReader {

  private static final String ML_MODEL = "machine-learning-model";
  private static final Pattern NAMED_SLICE = Pattern.compile("(.+) \\(([^()]+)\\)");

  private CycloneDxCardReader() {}

  /**
   * Turns the BOM's model card into a {@link ModelCard}.
   *
   * @param file the BOM's path as shown to the user
   * @param bom the parsed BOM
   * @throws InputException when the document is not a CycloneDX BOM, has no machine-learning-model
   *     component with a model card, or holds a {@code huggingface:} property whose JSON value is
   *     malformed
   */
  public static ModelCard read(String file, Node.Mapping bom) throws InputException {
    Node.Mapping component = component(file, bom);
    Node.Mapping modelCard = component.mapping("modelCard").orElseThrow();
    HuggingFaceProperties properties = HuggingFaceProperties.of(modelCard, InputLimits.DEFAULT);
    Node.Mapping frontMatter = FrontMatterSynthesizer.synthesize(bom, component, properties);
    FieldItems fields = FieldItems.of(component, properties);
    Source titleSource = component.get("name").map(Node::source).orElse(component.source());
    List<CardSection> sections =
        SectionAssembler.assemble(
            fields, properties.layout(), FrontMatterSynthesizer.fullName(component), titleSource);
    return new ModelCard(file, Optional.of(frontMatter), sections, List.of());
  }

  /**
   * The numeric scores of the model card's {@code quantitativeAnalysis.performanceMetrics}, each
   * with the source of its {@code value}. The task is the dataset named in the metric's {@code
   * slice} (the part in parentheses of {@code "Name (type)"}, else the whole slice), or the metric
   * type when there is no slice. Values that are not numbers (a trailing {@code %} is allowed) are
   * left out; a BOM without a model card gives an empty list.
   */
  public static List<EvalResult> evalResults(String file, Node.Mapping bom) {
    Optional<Node.Mapping> component = findComponent(bom);
    if (component.isEmpty()) {
      return List.of();
    }
    Optional<Node.Sequence> metrics =
        component
            .get()
            .mapping("modelCard")
            .flatMap(card -> card.mapping("quantitativeAnalysis"))
            .flatMap(analysis -> analysis.sequence("performanceMetrics"));
    List<EvalResult> results = new ArrayList<>();
    for (Node item : metrics.map(Node.Sequence::items).orElse(List.of())) {
      if (!(item instanceof Node.Mapping metric)) {
        continue;
      }
      Optional<Node.Scalar> value = FrontMatterSynthesizer.scalar(metric, "value");
      Optional<Double> number = value.flatMap(scalar -> number(scalar.text()));
      if (number.isEmpty()) {
        continue;
      }
      String type = metric.text("type").orElse("");
      String task = metric.text("slice").map(CycloneDxCardReader::sliceTask).orElse(type);
      results.add(
          new EvalResult(
              task, type, number.get(), EvalResult.Origin.CYCLONEDX, value.get().source()));
    }
    return results;
  }

  private static String sliceTask(String slice) {
    Matcher named = NAMED_SLICE.matcher(slice);
    return named.matches() ? named.group(2) : slice;
  }

  private static Optional<Double> number(String text) {
    String plain = text.strip();
    if (plain.endsWith("%")) {
      plain = plain.substring(0, plain.length() - 1).strip();
    }
    return TreeValues.decimal(plain)
        .map(java.math.BigDecimal::doubleValue)
        .filter(Double::isFinite);
  }

  private static Node.Mapping component(String file, Node.Mapping bom) throws InputException {
    if (!bom.text("bomFormat").filter("CycloneDX"::equals).isPresent()) {
      throw new InputException(
          file,
          bom.source().line(),
          "not a CycloneDX BOM: \"bomFormat\" is "
              + bom.text("bomFormat").map(format -> "'" + format + "'").orElse("missing"),
          "a CycloneDX JSON BOM has \"bomFormat\": \"CycloneDX\" and \"specVersion\": \"1.6\"");
    }
    Optional<Node.Mapping> found = findComponent(bom);
    if (found.isPresent()) {
      return found.get();
    }
    String spec = bom.text("specVersion").orElse("unknown");
    throw new InputException(
        file,
        bom.source().line(),
        "no component of type \"machine-learning-model\" with a \"modelCard\" in"
            + " metadata.component or components (specVersion "
            + spec
            + ")",
        "describe the model as a component {\"type\": \"machine-learning-model\", \"modelCard\":"
            + " {...}} (CycloneDX 1.5 or later), or convert a Hugging Face card with"
            + " 'clearance card convert'");
  }

  /** The first machine-learning-model component with a model card, depth first. */
  static Optional<Node.Mapping> findComponent(Node.Mapping bom) {
    Deque<Node.Mapping> pending = new ArrayDeque<>();
    bom.mapping("metadata")
        .flatMap(metadata -> metadata.mapping("component"))
        .ifPresent(pending::add);
    bom.sequence("components").ifPresent(list -> addAll(pending, list));
    while (!pending.isEmpty()) {
      Node.Mapping candidate = pending.poll();
      if (candidate.text("type").filter(ML_MODEL::equals).isPresent()
          && candidate.mapping("modelCard").isPresent()) {
        return Optional.of(candidate);
      }
      Optional<Node.Sequence> children = candidate.sequence("components");
      if (children.isPresent()) {
        Deque<Node.Mapping> nested = new ArrayDeque<>();
        addAll(nested, children.get());
        while (!nested.isEmpty()) {
          pending.addFirst(nested.pollLast());
        }
      }
    }
    return Optional.empty();
  }

  private static void addAll(Deque<Node.Mapping> pending, Node.Sequence list) {
    list.items().stream()
        .filter(Node.Mapping.class::isInstance)
        .map(Node.Mapping.class::cast)
        .forEach(pending::add);
  }
}
