package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the scores in a Hugging Face card's {@code model-index} metadata (see the model-card
 * metadata spec in huggingface/hub-docs): {@code model-index[].results[].metrics[]}.
 *
 * <p>Each metric becomes one {@link EvalResult}: the task is the result's {@code dataset.type} (the
 * Hub dataset id, such as {@code openai_humaneval}), else {@code dataset.name}, else {@code
 * task.type}; the metric is {@code metrics[].type}, else {@code metrics[].name}; the source is the
 * line and pointer of the metric's {@code value}. Template placeholders such as {@code
 * {metric_value}} are not results and are left out.
 */
public final class ModelIndexReader {

  private ModelIndexReader() {}

  /**
   * Reads the {@code model-index} key of card metadata.
   *
   * @param metadata the card's front matter (or an empty mapping)
   * @return the scores in document order; empty when there is no {@code model-index}
   * @throws InputException when {@code model-index} does not have the spec's shape (not a list, a
   *     result without dataset or metrics, a metric value that is not a number), naming the line
   */
  public static List<EvalResult> read(Node.Mapping metadata) throws InputException {
    Optional<Node> index = metadata.get("model-index");
    if (index.isEmpty() || isNull(index.get())) {
      return List.of();
    }
    List<EvalResult> results = new ArrayList<>();
    for (Node model : list(index.get(), "'model-index'")) {
      Node.Mapping modelEntry = mapping(model, "a 'model-index' entry");
      Optional<Node> modelResults = modelEntry.get("results");
      if (modelResults.isEmpty() || isNull(modelResults.get())) {
        continue;
      }
      for (Node result : list(modelResults.get(), "'results'")) {
        readResult(mapping(result, "a 'results' entry"), results);
      }
    }
    return List.copyOf(results);
  }

  private static void readResult(Node.Mapping result, List<EvalResult> into) throws InputException {
    Optional<Node.Mapping> dataset = result.mapping("dataset");
    Optional<Node.Mapping> task = result.mapping("task");
    String taskName =
        first(
            dataset.flatMap(d -> d.get("type")),
            dataset.flatMap(d -> d.get("name")),
            task.flatMap(t -> t.get("type")));
    if (taskName == null) {
      if (isTemplate(dataset, task)) {
        return;
      }
      throw problem(
          result,
          "a 'model-index' result names no dataset (dataset.type or dataset.name)",
          "add 'dataset: {type: <hub dataset id>, name: <pretty name>}' to the result");
    }
    Node metrics =
        result
            .get("metrics")
            .orElseThrow(
                () ->
                    problem(
                        result,
                        "the 'model-index' result for '%s' has no 'metrics' list"
                            .formatted(taskName),
                        "add 'metrics: [{type: <metric id>, value: <number>}]'"));
    for (Node metric : list(metrics, "'metrics'")) {
      Node.Mapping metricEntry = mapping(metric, "a 'metrics' entry");
      String metricName = first(metricEntry.get("type"), metricEntry.get("name"), Optional.empty());
      Node value =
          metricEntry
              .get("value")
              .orElseThrow(
                  () ->
                      problem(
                          metricEntry,
                          "metric '%s' of '%s' has no value"
                              .formatted(metricName == null ? "" : metricName, taskName),
                          "add 'value: <number>' to the metric"));
      if (Scores.isPlaceholder(value)) {
        continue;
      }
      OptionalDouble score = Scores.number(value);
      if (score.isEmpty()) {
        throw problem(
            value,
            "metric value %s of '%s' is not a number".formatted(Scores.kind(value), taskName),
            "write the score as a number, e.g. 'value: 0.412'");
      }
      into.add(
          new EvalResult(
              taskName,
              metricName == null ? "" : metricName,
              score.getAsDouble(),
              EvalResult.Origin.MODEL_INDEX,
              value.source()));
    }
  }

  /** A result copied from the spec template: its names are placeholders. */
  private static boolean isTemplate(Optional<Node.Mapping> dataset, Optional<Node.Mapping> task) {
    return dataset.flatMap(d -> d.get("type")).filter(Scores::isPlaceholder).isPresent()
        || task.flatMap(t -> t.get("type")).filter(Scores::isPlaceholder).isPresent();
  }

  @SafeVarargs
  private static String first(Optional<Node>... candidates) {
    for (Optional<Node> candidate : candidates) {
      String text =
          candidate.filter(node -> !Scores.isPlaceholder(node)).map(Scores::text).orElse(null);
      if (text != null && !text.isEmpty()) {
        return text;
      }
    }
    return null;
  }

  private static boolean isNull(Node node) {
    return node instanceof Node.Scalar scalar && scalar.isNull();
  }

  private static List<Node> list(Node node, String what) throws InputException {
    if (node instanceof Node.Sequence sequence) {
      return sequence.items();
    }
    throw problem(
        node,
        "%s is %s, not a list".formatted(what, Scores.kind(node)),
        "write it as a YAML list ('- ' items), as in the model-card metadata spec");
  }

  private static Node.Mapping mapping(Node node, String what) throws InputException {
    if (node instanceof Node.Mapping mapping) {
      return mapping;
    }
    throw problem(
        node,
        "%s is %s, not a mapping".formatted(what, Scores.kind(node)),
        "write it as 'key: value' lines, as in the model-card metadata spec");
  }

  private static InputException problem(Node node, String problem, String hint) {
    return new InputException(
        node.source().file(), node.source().line(), problem + " (at " + pointer(node) + ")", hint);
  }

  private static String pointer(Node node) {
    return node.source().pointer().isEmpty() ? "/" : node.source().pointer();
  }
}
