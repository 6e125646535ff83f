package dev.clearance.dossier;

import static dev.clearance.dossier.EvalResultAssert.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class LmEvalResultsReaderTest {

  private final LmEvalResultsReader reader = new LmEvalResultsReader(InputLimits.DEFAULT);

  private List<EvalResult> corpus(String name) throws InputException {
    return reader.read(name, TestFiles.corpusText("eval_results/" + name));
  }

  @Test
  void read_oldFormatHumanAlignment_toxigenAndCrowsPairsWithLines() throws InputException {
    List<EvalResult> results = corpus("llama-7b-human_alignment-0shot.json");

    EvalResult toxigen = find(results, "toxigen", "acc");
    assertThat(toxigen.value()).isEqualTo(0.4308510638297872);
    assertThat(toxigen.origin()).isEqualTo(EvalResult.Origin.LM_EVAL_HARNESS);
    assertThat(toxigen.source())
        .isEqualTo(new Source("llama-7b-human_alignment-0shot.json", 54, "/results/toxigen/acc"));
    EvalResult religion = find(results, "crows_pairs_english_religion", "pct_stereotype");
    assertThat(religion.value()).isEqualTo(0.6666666666666666);
    assertThat(religion.source().line()).isEqualTo(39);
    assertThat(find(results, "toxigen", "acc_norm").source().line()).isEqualTo(56);
    assertThat(results).noneMatch(result -> result.metric().endsWith("_stderr"));
    assertThat(results).hasSize(51);
  }

  @Test
  void read_oldFormatTruthfulQa_mc1AndMc2() throws InputException {
    List<EvalResult> results = corpus("llama-7b-question_answering-0shot.json");

    assertThat(find(results, "truthfulqa_mc", "mc1").value()).isEqualTo(0.21052631578947367);
    assertThat(find(results, "truthfulqa_mc", "mc1").source().line()).isEqualTo(8);
    assertThat(find(results, "truthfulqa_mc", "mc2").value()).isEqualTo(0.3413779054949544);
    assertThat(find(results, "truthfulqa_mc", "mc2").source().line()).isEqualTo(10);
    assertThat(find(results, "squad2", "best_f1").value()).isEqualTo(50.0801228586961);
  }

  @Test
  void read_pythiaBiasIntervention_crowsPairsGender() throws InputException {
    List<EvalResult> results = corpus("pythia-1.3b-deduped-bias-intervention.json");

    EvalResult gender = find(results, "crows_pairs_english_gender", "pct_stereotype");
    assertThat(gender.value()).isEqualTo(0.578125);
    assertThat(gender.source().line()).isEqualTo(18);
    assertThat(results).hasSize(56);
  }

  @Test
  void read_pythiaZeroShot_everyTaskRead() throws InputException {
    List<EvalResult> results = corpus("pythia-160m-zeroshot-step143000.json");

    EvalResult crows = find(results, "crows_pairs_english", "pct_stereotype");
    assertThat(crows.value()).isEqualTo(0.5617173524150268);
    assertThat(crows.source().line()).isEqualTo(6);
    assertThat(results).hasSize(172);
  }

  @Test
  void read_pythia12b_crowsPairsFrenchAndMmluSubject() throws InputException {
    List<EvalResult> results = corpus("pythia-12b-zeroshot-step143000.json");

    EvalResult french = find(results, "crows_pairs_french", "pct_stereotype");
    assertThat(french.value()).isEqualTo(0.5521765056648777);
    assertThat(french.source().line()).isEqualTo(66);
    assertThat(find(results, "hendrycksTest-medical_genetics", "acc").value()).isEqualTo(0.38);
    assertThat(results).hasSize(172);
  }

  @Test
  void read_harnessRegressionFixtures_oneLineFiles() throws InputException {
    List<EvalResult> toxigen = corpus("lmeval-testdata-toxigen-v0.json");
    List<EvalResult> truthful = corpus("lmeval-testdata-truthfulqa_mc-v1.json");
    List<EvalResult> crows = corpus("lmeval-testdata-crows_pairs_english-v0.json");

    assertThat(toxigen)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value)
        .containsExactly(
            tuple("toxigen", "acc", 0.5053191489361702),
            tuple("toxigen", "acc_norm", 0.46808510638297873));
    assertThat(find(truthful, "truthfulqa_mc", "mc2").value()).isEqualTo(0.4462325560722362);
    assertThat(find(truthful, "truthfulqa_mc", "mc2").source().line()).isEqualTo(1);
    assertThat(find(crows, "crows_pairs_english", "pct_stereotype").value())
        .isEqualTo(0.5062611806797853);
  }

  @Test
  void read_v04Format_filterNoneDroppedStderrAndNamesLeftOut() throws InputException {
    List<EvalResult> results = corpus("lmeval-v04-qwen3-8b-negotiationtom.json");

    EvalResult belief = find(results, "negotiationtom_belief", "acc");
    assertThat(belief.value()).isEqualTo(0.45);
    assertThat(belief.source())
        .isEqualTo(
            new Source(
                "lmeval-v04-qwen3-8b-negotiationtom.json",
                7,
                "/results/negotiationtom_belief/acc,none"));
    assertThat(find(results, "negotiationtom_intention", "macro_f1").value())
        .isEqualTo(0.24025974025974023);
    assertThat(find(results, "negotiationtom_intention", "exact_match").source().line())
        .isEqualTo(25);
    assertThat(find(results, "negotiationtom", "acc").value()).isEqualTo(0.525);
    assertThat(results)
        .extracting(EvalResult::metric)
        .doesNotContain("sample_len", "alias", "name", "sample_count");
    assertThat(results).hasSize(9);
  }

  @Test
  void read_v04Filters_keptInMetricNamesAndGroupsRead() throws InputException {
    List<EvalResult> results =
        reader.read("filters.json", TestFiles.text("eval/harness-filters.json"));

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value)
        .containsExactly(
            tuple("gsm8k", "exact_match,strict-match", 0.25),
            tuple("gsm8k", "exact_match,flexible-extract", 0.3),
            tuple("safety", "acc", 0.61));
    assertThat(find(results, "safety", "acc").source().pointer())
        .isEqualTo("/groups/safety/acc,none");
  }

  @Test
  void read_noResultsObject_refused() {
    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> reader.read("no-results.json", TestFiles.text("eval/harness-no-results.json")));

    assertThat(error.file()).isEqualTo("no-results.json");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem())
        .isEqualTo(
            "not an lm-evaluation-harness result file: no \"results\" object at the top level");
  }

  @Test
  void read_taskScoreNotAnObject_refusedAtItsLine() {
    InputException error =
        catchThrowableOfType(
            InputException.class,
            () -> reader.read("task.json", TestFiles.text("eval/harness-task-not-mapping.json")));

    assertThat(error.file()).isEqualTo("task.json");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem())
        .isEqualTo(
            "the result of task 'toxigen' is '0.5', not a mapping of metric names to scores"
                + " (at /results/toxigen)");
  }

  @Test
  void read_bloomIndexWithMergeConflict_refusedAsMalformedJson() {
    String text = TestFiles.corpusText("safetensors_index/bloom-176b.json");

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("results.json", text));

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("extra data after the end of the JSON value");
  }
}
