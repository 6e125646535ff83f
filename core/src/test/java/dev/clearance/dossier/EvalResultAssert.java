package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Finds one result by task and metric, failing with the list when it is absent. */
final class EvalResultAssert {

  private EvalResultAssert() {}

  static EvalResult find(List<EvalResult> results, String task, String metric) {
    List<EvalResult> matching =
        results.stream()
            .filter(result -> result.task().equals(task) && result.metric().equals(metric))
            .toList();
    assertThat(matching).as("results for %s / %s in %s", task, metric, results).hasSize(1);
    return matching.get(0);
  }
}
