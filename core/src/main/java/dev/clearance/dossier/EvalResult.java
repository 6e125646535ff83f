package dev.clearance.dossier;

import dev.clearance.document.Source;
import java.util.Objects;

/**
 * One reported evaluation score.
 *
 * @param task the task or dataset name as written ({@code truthfulqa_mc2}, {@code
 *     truthfulqa/truthful_qa}, {@code TruthfulQA})
 * @param metric the metric name ({@code acc}, {@code mc2}, {@code pct_stereotype}, {@code
 *     toxicity}); empty when not given
 * @param value the score as reported
 * @param origin what kind of file reported it
 * @param source where it was read
 */
public record EvalResult(String task, String metric, double value, Origin origin, Source source) {

  /** The format the score came from. */
  public enum Origin {
    MODEL_INDEX,
    LM_EVAL_HARNESS,
    HF_EVAL_RESULTS_YAML,
    HF_TRAINER,
    CYCLONEDX,
    CARD_TEXT
  }

  public EvalResult {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
  }
}
