package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the {@code eval_results.json} and {@code all_results.json} files that the Hugging Face
 * {@code Trainer} writes: a flat object such as {@code {"eval_loss": 0.45, "eval_wer": 32.01,
 * "eval_runtime": 704.8}}.
 *
 * <p>Keys that start with {@code eval_}, {@code test_} or {@code predict_} are scores; the prefix
 * becomes the task (the Trainer does not name the dataset) and the rest the metric ({@code
 * eval_wer} gives task {@code eval}, metric {@code wer}). Timing, throughput, sample counts and
 * memory figures are not scores and are left out, as are training figures ({@code train_loss},
 * {@code epoch}).
 */
public final class HfTrainerResultsReader {

  private static final List<String> PREFIXES = List.of("eval_", "test_", "predict_");

  private static final Set<String> NOT_SCORES =
      Set.of(
          "runtime",
          "samples",
          "samples_per_second",
          "steps_per_second",
          "jit_compilation_time",
          "model_preparation_time");

  private final JsonReader json;

  public HfTrainerResultsReader(InputLimits limits) {
    this.json = new JsonReader(limits);
  }

  /**
   * Reads a Trainer result file's text.
   *
   * @throws InputException for malformed JSON or a top level that is not an object
   */
  public List<EvalResult> read(String file, String text) throws InputException {
    return results(json.read(file, text));
  }

  /**
   * Reads the scores of a parsed Trainer result file.
   *
   * @throws InputException when the top level is not an object
   */
  public static List<EvalResult> results(Node root) throws InputException {
    if (!(root instanceof Node.Mapping mapping)) {
      throw new InputException(
          root.source().file(),
          root.source().line(),
          "a Trainer result file must be a JSON object of metric names to numbers, found %s"
              .formatted(Scores.kind(root)),
          "point Clearance at the eval_results.json that Trainer.save_metrics wrote");
    }
    List<EvalResult> found = new ArrayList<>();
    for (Map.Entry<String, Node> entry : mapping.entries().entrySet()) {
      String key = entry.getKey();
      for (String prefix : PREFIXES) {
        if (!key.startsWith(prefix)) {
          continue;
        }
        String metric = key.substring(prefix.length());
        OptionalDouble value = Scores.number(entry.getValue());
        if (!metric.isEmpty()
            && !NOT_SCORES.contains(metric)
            && !metric.startsWith("mem_")
            && value.isPresent()) {
          found.add(
              new EvalResult(
                  prefix.substring(0, prefix.length() - 1),
                  metric,
                  value.getAsDouble(),
                  EvalResult.Origin.HF_TRAINER,
                  entry.getValue().source()));
        }
      }
    }
    return List.copyOf(found);
  }
}
