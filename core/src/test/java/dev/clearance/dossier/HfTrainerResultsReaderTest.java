package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class HfTrainerResultsReaderTest {

  private final HfTrainerResultsReader reader = new HfTrainerResultsReader(InputLimits.DEFAULT);

  @Test
  void read_whisperSmallHi_werAndLossOnly() throws InputException {
    String name = "hf-trainer-eval_results-whisper-small-hi.json";
    List<EvalResult> results = reader.read(name, TestFiles.corpusText("eval_results/" + name));

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value)
        .containsExactly(
            tuple("eval", "loss", 0.45190635323524475), tuple("eval", "wer", 32.011343435198505));
    assertThat(results.get(1).source()).isEqualTo(new Source(name, 8, "/eval_wer"));
    assertThat(results.get(1).origin()).isEqualTo(EvalResult.Origin.HF_TRAINER);
  }

  @Test
  void read_whisperTinyNb_werLine() throws InputException {
    String name = "hf-trainer-eval_results-whisper-tiny-nb.json";
    List<EvalResult> results = reader.read(name, TestFiles.corpusText("eval_results/" + name));

    assertThat(results).hasSize(2);
    assertThat(results.get(1).value()).isEqualTo(24.878197320341048);
    assertThat(results.get(1).source().line()).isEqualTo(7);
  }

  @Test
  void read_allResults_trainingTimingAndCountsLeftOut() throws InputException {
    List<EvalResult> results =
        reader.read("all_results.json", TestFiles.text("eval/trainer-all-results.json"));

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value)
        .containsExactly(
            tuple("eval", "accuracy", 0.91),
            tuple("eval", "loss", 0.25),
            tuple("test", "f1", 0.88));
  }

  @Test
  void read_topLevelList_refused() {
    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> reader.read("eval_results.json", TestFiles.text("eval/trainer-list.json")));

    assertThat(error.file()).isEqualTo("eval_results.json");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem())
        .isEqualTo(
            "a Trainer result file must be a JSON object of metric names to numbers, found a list");
  }
}
