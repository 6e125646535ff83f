package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.document.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads Hugging Face {@code .eval_results/*.yaml} files (the newer, simpler alternative to {@code
 * model-index}; template in huggingface/hub-docs): a list of entries such as {@code - dataset: {id:
 * Idavidrein/gpqa, task_id: gpqa_diamond} value: 0.412}.
 *
 * <p>Each entry becomes one {@link EvalResult}: the task is {@code dataset.id} (a Hub dataset id),
 * the metric is {@code dataset.task_id} (the format gives no metric name; the value is that task's
 * main score), the source is the line and pointer of {@code value}. Entries whose values are
 * template placeholders such as {@code {metric_value}} are not results and are left out.
 */
public final class HfEvalResultsReader {

  private final YamlReader yaml;

  public HfEvalResultsReader(InputLimits limits) {
    this.yaml = new YamlReader(limits);
  }

  /**
   * Reads one {@code .eval_results} YAML file.
   *
   * @throws InputException for malformed or unsafe YAML, or entries without the required {@code
   *     dataset.id} and numeric {@code value}
   */
  public List<EvalResult> read(String file, String text) throws InputException {
    return results(yaml.read(file, text));
  }

  /**
   * Reads the scores of a parsed file. An empty document has none.
   *
   * @throws InputException when the document is not a list of entries, or an entry lacks {@code
   *     dataset.id} or a numeric {@code value}
   */
  public static List<EvalResult> results(Node root) throws InputException {
    if (root instanceof Node.Mapping mapping && mapping.entries().isEmpty()) {
      return List.of();
    }
    if (!(root instanceof Node.Sequence entries)) {
      throw problem(
          root,
          "an .eval_results file must be a list of results, found %s".formatted(Scores.kind(root)),
          "start each result with '- dataset:' as in the Hub's eval_results template");
    }
    List<EvalResult> found = new ArrayList<>();
    for (Node item : entries.items()) {
      if (!(item instanceof Node.Mapping entry)) {
        throw problem(
            item,
            "a result entry is %s, not a mapping".formatted(Scores.kind(item)),
            "write each result as 'dataset:' and 'value:' keys");
      }
      readEntry(entry).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  private static Optional<EvalResult> readEntry(Node.Mapping entry) throws InputException {
    Optional<Node.Mapping> dataset = entry.mapping("dataset");
    Optional<Node> id = dataset.flatMap(d -> d.get("id"));
    Optional<Node> taskId = dataset.flatMap(d -> d.get("task_id"));
    Optional<Node> value = entry.get("value");
    boolean template =
        id.filter(Scores::isPlaceholder).isPresent()
            || taskId.filter(Scores::isPlaceholder).isPresent()
            || value.filter(Scores::isPlaceholder).isPresent();
    if (template) {
      return Optional.empty();
    }
    String datasetId = id.map(Scores::text).filter(text -> !text.isEmpty()).orElse(null);
    if (datasetId == null) {
      throw problem(
          entry,
          "a result has no 'dataset.id'",
          "add 'dataset: {id: <hub dataset id>, task_id: <task>}'");
    }
    if (value.isEmpty()) {
      throw problem(
          entry,
          "the result for '%s' has no 'value'".formatted(datasetId),
          "add 'value: <number>'");
    }
    OptionalDouble score = Scores.number(value.get());
    if (score.isEmpty()) {
      throw problem(
          value.get(),
          "the value %s for '%s' is not a number".formatted(Scores.kind(value.get()), datasetId),
          "write the score as a number, e.g. 'value: 0.412'");
    }
    String metric = taskId.map(Scores::text).orElse("");
    return Optional.of(
        new EvalResult(
            datasetId,
            metric == null ? "" : metric,
            score.getAsDouble(),
            EvalResult.Origin.HF_EVAL_RESULTS_YAML,
            value.get().source()));
  }

  private static InputException problem(Node node, String problem, String hint) {
    String pointer = node.source().pointer().isEmpty() ? "/" : node.source().pointer();
    return new InputException(
        node.source().file(), node.source().line(), problem + " (at " + pointer + ")", hint);
  }
}
