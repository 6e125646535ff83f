package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class HfEvalResultsReaderTest {

  private final HfEvalResultsReader reader = new HfEvalResultsReader(InputLimits.DEFAULT);

  private InputException refused(String resource) {
    return catchThrowableOfType(
        InputException.class, () -> reader.read("gpqa.yaml", TestFiles.text(resource)));
  }

  @Test
  void read_hubSpecTemplate_placeholdersLeftOutExampleRead() throws InputException {
    String text = TestFiles.corpusText("specs/hf-eval_results-spec.yaml");

    List<EvalResult> results = reader.read("hf-eval_results-spec.yaml", text);

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value)
        .containsExactly(tuple("Idavidrein/gpqa", "gpqa_diamond", 0.412));
    assertThat(results.get(0).source())
        .isEqualTo(new Source("hf-eval_results-spec.yaml", 29, "/1/value"));
    assertThat(results.get(0).origin()).isEqualTo(EvalResult.Origin.HF_EVAL_RESULTS_YAML);
  }

  @Test
  void read_twoEntries_bothWithLines() throws InputException {
    List<EvalResult> results =
        reader.read("two.yaml", TestFiles.text("eval/eval-results-two.yaml"));

    assertThat(results)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, r -> r.source().line())
        .containsExactly(
            tuple("Idavidrein/gpqa", "gpqa_diamond", 0.412, 4),
            tuple("toxigen/toxigen-data", "toxigen", 81.5, 11));
  }

  @Test
  void read_emptyFile_noResults() throws InputException {
    assertThat(reader.read("empty.yaml", TestFiles.text("eval/eval-results-empty.yaml"))).isEmpty();
  }

  @Test
  void read_mappingInsteadOfList_refused() {
    InputException error = refused("eval/eval-results-mapping.yaml");

    assertThat(error.file()).isEqualTo("gpqa.yaml");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem())
        .isEqualTo("an .eval_results file must be a list of results, found a mapping (at /)");
  }

  @Test
  void read_entryWithoutDatasetId_refused() {
    InputException error = refused("eval/eval-results-no-id.yaml");

    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem()).isEqualTo("a result has no 'dataset.id' (at /0)");
  }

  @Test
  void read_valueThatIsText_refusedAtValueLine() {
    InputException error = refused("eval/eval-results-text-value.yaml");

    assertThat(error.line()).isEqualTo(4);
    assertThat(error.problem())
        .isEqualTo("the value 'high' for 'Idavidrein/gpqa' is not a number (at /0/value)");
  }

  @Test
  void read_twoYamlDocuments_refused() {
    String text = "- dataset: {id: a/b}\n  value: 1\n---\n- dataset: {id: c/d}\n  value: 2\n";

    InputException error =
        catchThrowableOfType(InputException.class, () -> reader.read("two-docs.yaml", text));

    assertThat(error.line()).isEqualTo(3);
    assertThat(error.problem()).isEqualTo("more than one YAML document (a second '---')");
  }
}
