package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads EleutherAI lm-evaluation-harness result files ({@code results_<timestamp>.json}, {@code
 * results.json}, and the harness's own regression fixtures), in both formats:
 *
 * <ul>
 *   <li>before v0.4: {@code "results": {"truthfulqa_mc": {"mc1": 0.21, "mc1_stderr": 0.01}}}; every
 *       numeric key of a task is a metric, except {@code *_stderr};
 *   <li>v0.4 and later: {@code "results": {"task": {"alias": "task", "acc,none": 0.45,
 *       "acc_stderr,none": 0.11}}}; only {@code metric,filter} keys are metrics, stderr keys are
 *       left out, and the filter {@code none} is dropped from the metric name ({@code acc}) while
 *       other filters stay ({@code exact_match,strict-match}).
 * </ul>
 *
 * Group scores listed only under {@code "groups"} (some v0.4 releases) are read too. Values that
 * are not finite numbers ({@code "N/A"}, {@code NaN}) are not scores and are left out.
 */
public final class LmEvalResultsReader {

  private final JsonReader json;

  public LmEvalResultsReader(InputLimits limits) {
    this.json = new JsonReader(limits);
  }

  /**
   * Reads a result file's text.
   *
   * @throws InputException for malformed JSON, or JSON that is not a harness result file
   */
  public List<EvalResult> read(String file, String text) throws InputException {
    return results(json.read(file, text));
  }

  /**
   * Whether a parsed JSON document is harness output: a mapping whose {@code results} is a mapping.
   * Used to tell harness files apart from other files that happen to be called {@code
   * results*.json}.
   */
  public static boolean isHarnessOutput(Node root) {
    return root instanceof Node.Mapping mapping && mapping.mapping("results").isPresent();
  }

  /**
   * Reads the scores of a parsed harness result file.
   *
   * @return one result per task and metric, in file order
   * @throws InputException when the document has no {@code results} mapping or a task entry is not
   *     a mapping
   */
  public static List<EvalResult> results(Node root) throws InputException {
    if (!isHarnessOutput(root)) {
      throw new InputException(
          root.source().file(),
          root.source().line(),
          "not an lm-evaluation-harness result file: no \"results\" object at the top level",
          "point Clearance at the results_<timestamp>.json file that lm_eval writes");
    }
    Node.Mapping document = (Node.Mapping) root;
    List<EvalResult> found = new ArrayList<>();
    Set<String> tasks = new HashSet<>();
    for (Map.Entry<String, Node> task :
        document.mapping("results").orElseThrow().entries().entrySet()) {
      tasks.add(task.getKey());
      readTask(task.getKey(), task.getValue(), found);
    }
    Optional<Node.Mapping> groups = document.mapping("groups");
    if (groups.isPresent()) {
      for (Map.Entry<String, Node> group : groups.get().entries().entrySet()) {
        if (!tasks.contains(group.getKey())) {
          readTask(group.getKey(), group.getValue(), found);
        }
      }
    }
    return List.copyOf(found);
  }

  private static void readTask(String task, Node scores, List<EvalResult> into)
      throws InputException {
    if (!(scores instanceof Node.Mapping metrics)) {
      throw new InputException(
          scores.source().file(),
          scores.source().line(),
          "the result of task '%s' is %s, not a mapping of metric names to scores (at %s)"
              .formatted(task, Scores.kind(scores), scores.source().pointer()),
          "check that the file is unchanged lm-evaluation-harness output");
    }
    boolean filtered = metrics.entries().keySet().stream().anyMatch(key -> key.contains(","));
    for (Map.Entry<String, Node> entry : metrics.entries().entrySet()) {
      String metric = metricName(entry.getKey(), filtered);
      if (metric == null) {
        continue;
      }
      OptionalDouble value = Scores.number(entry.getValue());
      if (value.isPresent()) {
        into.add(
            new EvalResult(
                task,
                metric,
                value.getAsDouble(),
                EvalResult.Origin.LM_EVAL_HARNESS,
                entry.getValue().source()));
      }
    }
  }

  /** The metric name for a key, or null when the key is not a score. */
  private static String metricName(String key, boolean filtered) {
    String metric = key;
    String filter = "none";
    int comma = key.indexOf(',');
    if (comma >= 0) {
      metric = key.substring(0, comma);
      filter = key.substring(comma + 1);
    } else if (filtered) {
      return null; // v0.4: alias, name, sample_len, sample_count are not scores
    }
    if (metric.isEmpty() || metric.endsWith("_stderr") || metric.equals("stderr")) {
      return null;
    }
    return filter.equals("none") ? metric : metric + "," + filter;
  }
}
