package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelIndexReaderTest {

  private final ModelCardReader cards = new ModelCardReader(InputLimits.DEFAULT);

  private List<EvalResult> corpus(String name) throws InputException {
    ModelCard card = cards.read(name, TestFiles.corpusText("model_cards/" + name));
    return ModelIndexReader.read(card.metadata());
  }

  private InputException refused(String resource) {
    return catchThrowableOfType(
        InputException.class,
        () -> ModelIndexReader.read(cards.read("card.md", TestFiles.text(resource)).metadata()));
  }

  @Test
  void read_bloomCard_humanEvalPassAtK() throws InputException {
    List<EvalResult> results = corpus("bloom-176b.md");

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, r -> r.source().line())
        .containsExactly(
            tuple("openai_humaneval", "pass@1", 0.15542682926829265, 191),
            tuple("openai_humaneval", "pass@10", 0.3278356276947017, 195),
            tuple("openai_humaneval", "pass@100", 0.5719815685597749, 199));
    assertThat(results.get(0).source())
        .isEqualTo(new Source("bloom-176b.md", 191, "/model-index/0/results/0/metrics/0/value"));
    assertThat(results.get(0).origin()).isEqualTo(EvalResult.Origin.MODEL_INDEX);
  }

  @Test
  void read_whisperTrainerCards_werFromDatasetType() throws InputException {
    assertThat(corpus("whisper-small-hi-trainer.md"))
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, r -> r.source().line())
        .containsExactly(
            tuple("mozilla-foundation/common_voice_11_0", "wer", 32.011343435198505, 25));
    assertThat(corpus("whisper-tiny-nb-trainer.md"))
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, r -> r.source().line())
        .containsExactly(tuple("NbAiLab/NCC_S", "wer", 24.878197320341048, 25));
  }

  @Test
  void read_cardWithoutModelIndex_noResults() throws InputException {
    assertThat(corpus("gemma-2b-it.md")).isEmpty();
  }

  @Test
  void read_leaderboardStyle_percentTextAndNameFallbacks() throws InputException {
    ModelCard card = cards.read("card.md", TestFiles.text("eval/model-index-leaderboard.md"));

    assertThat(ModelIndexReader.read(card.metadata()))
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, r -> r.source().line())
        .containsExactly(
            tuple("truthful_qa", "mc2", 45.73, 15),
            tuple("truthful_qa", "mc1", 31.2, 18),
            tuple("ToxiGen", "accuracy", 0.81, 28));
  }

  @Test
  void read_specTemplate_placeholdersAreNotResults() throws InputException {
    ModelCard card = cards.read("card.md", TestFiles.text("eval/model-index-template.md"));

    assertThat(ModelIndexReader.read(card.metadata())).isEmpty();
  }

  @Test
  void read_modelIndexMapping_refused() {
    InputException error = refused("eval/model-index-not-a-list.md");

    assertThat(error.file()).isEqualTo("card.md");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem())
        .isEqualTo("'model-index' is a mapping, not a list (at /model-index)");
  }

  @Test
  void read_textValue_refusedAtValueLine() {
    InputException error = refused("eval/model-index-text-value.md");

    assertThat(error.line()).isEqualTo(12);
    assertThat(error.problem())
        .isEqualTo(
            "metric value 'N/A' of 'truthfulqa/truthful_qa' is not a number"
                + " (at /model-index/0/results/0/metrics/0/value)");
  }

  @Test
  void read_resultWithoutMetrics_refused() {
    InputException error = refused("eval/model-index-no-metrics.md");

    assertThat(error.line()).isEqualTo(5);
    assertThat(error.problem())
        .isEqualTo(
            "the 'model-index' result for 'toxigen/toxigen-data' has no 'metrics' list"
                + " (at /model-index/0/results/0)");
  }
}
