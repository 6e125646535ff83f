package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierReaderTest {

  private final List<SkippedFile> skipped = new ArrayList<>();
  private final DossierReader reader =
      new DossierReader(InputLimits.DEFAULT, CheckpointInspector.NONE, skipped::add);

  @TempDir Path temp;

  @Test
  void read_releaseFolder_readsCardConfigIndexResultsAndContacts() throws InputException {
    Path folder = TestFiles.folder("release/tiny");
    List<Path> inspected = new ArrayList<>();
    ParameterCount exact =
        new ParameterCount(
            1234, OptionalLong.empty(), ParameterCount.Basis.EXACT_HEADERS, Source.ofFile("x"), "");
    DossierReader withInspector =
        new DossierReader(
            InputLimits.DEFAULT,
            path -> {
              inspected.add(path);
              return Optional.of(exact);
            },
            skipped::add);

    Dossier dossier = withInspector.read(folder);

    String prefix = folder + "/";
    assertThat(dossier.subject()).isEqualTo(folder.toString());
    assertThat(dossier.card().orElseThrow().file()).isEqualTo(prefix + "README.md");
    assertThat(dossier.config().orElseThrow().root().text("model_type")).contains("llama");
    assertThat(dossier.checkpointIndex().orElseThrow().file())
        .isEqualTo(prefix + "model.safetensors.index.json");
    assertThat(dossier.exactParameters()).contains(exact);
    assertThat(inspected).containsExactly(folder);
    assertThat(dossier.evalResults())
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value, EvalResult::origin)
        .containsExactly(
            tuple("truthfulqa/truthful_qa", "mc2", 0.44, EvalResult.Origin.MODEL_INDEX),
            tuple("eval", "loss", 0.5, EvalResult.Origin.HF_TRAINER),
            tuple("eval", "wer", 24.8, EvalResult.Origin.HF_TRAINER),
            tuple("toxigen", "acc", 0.57, EvalResult.Origin.LM_EVAL_HARNESS),
            tuple("crows_pairs_english", "pct_stereotype", 0.62, EvalResult.Origin.LM_EVAL_HARNESS),
            tuple("Idavidrein/gpqa", "gpqa_diamond", 0.3, EvalResult.Origin.HF_EVAL_RESULTS_YAML));
    assertThat(dossier.evalResults().get(3).source())
        .isEqualTo(
            new Source(
                prefix + "eval/org__tiny/results_2026-01-01T00-00-00.json",
                5,
                "/results/toxigen/acc,none"));
    assertThat(dossier.securityContactFiles())
        .containsExactly(prefix + "SECURITY.md", prefix + ".well-known/security.txt");
    assertThat(dossier.filesRead())
        .containsExactly(
            prefix + "README.md",
            prefix + "config.json",
            prefix + "model.safetensors.index.json",
            prefix + "all_results.json",
            prefix + "eval/org__tiny/results_2026-01-01T00-00-00.json",
            prefix + "eval/results_notes.json",
            prefix + "eval_results.json",
            prefix + ".eval_results/gpqa.yaml",
            prefix + "SECURITY.md",
            prefix + ".well-known/security.txt");
    assertThat(skipped)
        .containsExactly(
            new SkippedFile(
                prefix + "eval/results_notes.json",
                "is not lm-evaluation-harness output (no \"results\" object); not used as"
                    + " results"));
  }

  @Test
  void read_onlyPytorchIndexAndModelCardMd_usesThem() throws InputException {
    Path folder = TestFiles.folder("release/pytorch-only");

    Dossier dossier = reader.read(folder);

    assertThat(dossier.card().orElseThrow().file()).isEqualTo(folder + "/model-card.md");
    assertThat(dossier.checkpointIndex().orElseThrow().file())
        .isEqualTo(folder + "/pytorch_model.bin.index.json");
    assertThat(dossier.config()).isEmpty();
    assertThat(dossier.evalResults()).isEmpty();
  }

  @Test
  void read_singleCardFile_dossierOfThatCard() throws InputException {
    Path card = TestFiles.folder("release/tiny/README.md");

    Dossier dossier = reader.read(card);

    assertThat(dossier.subject()).isEqualTo(card.toString());
    assertThat(dossier.filesRead()).containsExactly(card.toString());
    assertThat(dossier.evalResults())
        .extracting(EvalResult::task, EvalResult::value)
        .containsExactly(tuple("truthfulqa/truthful_qa", 0.44));
    assertThat(dossier.config()).isEmpty();
  }

  @Test
  void read_bomFolders_cardAndScoresFromCycloneDx() throws InputException {
    Path bomOnly = TestFiles.folder("release/bom-only");
    Path sniffed = TestFiles.folder("release/sniffed-bom");

    Dossier fromBomJson = reader.read(bomOnly);
    Dossier fromSniffedJson = reader.read(sniffed);

    assertThat(fromBomJson.card().orElseThrow().file()).isEqualTo(bomOnly + "/bom.json");
    assertThat(fromBomJson.card().orElseThrow().metadata().entries()).isNotEmpty();
    assertThat(fromBomJson.evalResults())
        .extracting(EvalResult::task, EvalResult::value, EvalResult::origin)
        .containsExactly(tuple("toxigen", 0.57, EvalResult.Origin.CYCLONEDX));
    assertThat(fromBomJson.evalResults().get(0).source().file()).isEqualTo(bomOnly + "/bom.json");
    assertThat(fromSniffedJson.card().orElseThrow().file()).isEqualTo(sniffed + "/sbom-tiny.json");
    assertThat(fromSniffedJson.filesRead())
        .containsExactly(sniffed + "/sbom-tiny.json", sniffed + "/config.json");
  }

  @Test
  void read_singleBomFile_dossierOfItsCard() throws InputException {
    Path bom = TestFiles.folder("release/bom-only/bom.json");

    Dossier dossier = reader.read(bom);

    assertThat(dossier.subject()).isEqualTo(bom.toString());
    assertThat(dossier.card().orElseThrow().file()).isEqualTo(bom.toString());
    assertThat(dossier.evalResults()).extracting(EvalResult::task).containsExactly("toxigen");
  }

  @Test
  void read_bomWithoutModel_refusedByCycloneDxReader() {
    Path bom = TestFiles.folder("cards/not-an-ml-bom.json");

    InputException error = catchThrowableOfType(InputException.class, () -> reader.read(bom));

    assertThat(error.file()).isEqualTo(bom.toString());
    assertThat(error.problem()).contains("machine-learning-model");
  }

  @Test
  void read_cardLinkedOutOfFolder_skippedAndNextCardUsed() throws IOException, InputException {
    Path folder = TestFiles.copy("release/tiny", temp.resolve("tiny"));
    Path outside = Files.writeString(temp.resolve("outside.md"), "# Not part of the release\n");
    Files.delete(folder.resolve("README.md"));
    Files.createSymbolicLink(folder.resolve("README.md"), outside);
    Files.delete(folder.resolve("config.json"));
    Files.createSymbolicLink(folder.resolve("config.json"), Path.of("../outside.md"));

    Dossier dossier = reader.read(folder);

    assertThat(dossier.card().orElseThrow().file()).isEqualTo(folder + "/MODEL_CARD.md");
    assertThat(dossier.config()).isEmpty();
    assertThat(dossier.filesRead()).doesNotContain(folder + "/README.md", folder + "/config.json");
    assertThat(skipped)
        .extracting(SkippedFile::file)
        .contains(folder + "/README.md", folder + "/config.json");
    assertThat(skipped.get(0).reason())
        .isEqualTo(
            "leads outside the folder (symbolic link to "
                + outside.toRealPath()
                + "); not followed");
  }

  @Test
  void read_linkInsideFolder_followed() throws IOException, InputException {
    Path folder = TestFiles.copy("release/pytorch-only", temp.resolve("linked"));
    Files.createDirectories(folder.resolve("docs"));
    Files.move(folder.resolve("model-card.md"), folder.resolve("docs/card.md"));
    Files.createSymbolicLink(folder.resolve("README.md"), Path.of("docs/card.md"));

    Dossier dossier = reader.read(folder);

    assertThat(dossier.card().orElseThrow().file()).isEqualTo(folder + "/README.md");
    assertThat(skipped).isEmpty();
  }

  @Test
  void read_resultsFolderLinkedOutside_notWalked() throws IOException, InputException {
    Path folder = TestFiles.copy("release/pytorch-only", temp.resolve("release"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("results.json"), "{\"results\": {\"t\": {\"acc\": 1}}}");
    Files.createSymbolicLink(folder.resolve("eval"), elsewhere);

    Dossier dossier = reader.read(folder);

    assertThat(dossier.evalResults()).isEmpty();
    assertThat(dossier.filesRead()).noneMatch(file -> file.contains("results.json"));
  }

  @Test
  void read_fifoNamedReadme_skippedWithoutOpening() throws Exception {
    Path folder = TestFiles.copy("release/pytorch-only", temp.resolve("fifo"));
    Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("README.md").toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

    Dossier dossier = reader.read(folder);

    assertThat(dossier.card().orElseThrow().file()).isEqualTo(folder + "/model-card.md");
    assertThat(skipped)
        .containsExactly(
            new SkippedFile(
                folder + "/README.md",
                "is not a regular file (a FIFO, device or socket); not opened"));
  }

  @Test
  void read_configOverLimit_refusedNamingFileAndLimit() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("big"));
    Files.writeString(folder.resolve("config.json"), "{\"pad\": \"" + "x".repeat(200) + "\"}");
    DossierReader small =
        new DossierReader(new InputLimits(100, 64, 50, 1000), CheckpointInspector.NONE);

    InputException error = catchThrowableOfType(InputException.class, () -> small.read(folder));

    assertThat(error.file()).isEqualTo(folder + "/config.json");
    assertThat(error.line()).isZero();
    assertThat(error.problem())
        .isEqualTo("file of 211 bytes is larger than the limit of 100 bytes");
  }

  @Test
  void read_bloomIndexWithMergeConflict_refusedNamingFileAndLine() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("bloom"));
    Files.copy(
        TestFiles.corpus("safetensors_index/bloom-176b.json"),
        folder.resolve("model.safetensors.index.json"));

    InputException error = catchThrowableOfType(InputException.class, () -> reader.read(folder));

    assertThat(error.file()).isEqualTo(folder + "/model.safetensors.index.json");
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.problem()).isEqualTo("extra data after the end of the JSON value");
  }

  @Test
  void read_readmeNotUtf8_refusedWithLine() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("latin1"));
    Files.write(folder.resolve("README.md"), TestFiles.bytes("cards/not-utf8.md"));

    InputException error = catchThrowableOfType(InputException.class, () -> reader.read(folder));

    assertThat(error.file()).isEqualTo(folder + "/README.md");
    assertThat(error.line()).isEqualTo(5);
    assertThat(error.problem()).startsWith("not valid UTF-8 (bad byte 0xE8");
  }

  @Test
  void read_indexThatIsAList_refused() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("list-index"));
    Files.writeString(folder.resolve("model.safetensors.index.json"), "[\n  1\n]\n");

    InputException error = catchThrowableOfType(InputException.class, () -> reader.read(folder));

    assertThat(error.file()).isEqualTo(folder + "/model.safetensors.index.json");
    assertThat(error.line()).isEqualTo(1);
    assertThat(error.problem())
        .isEqualTo("model.safetensors.index.json must be a JSON object, found a list");
  }

  @Test
  void read_singleJsonThatIsNoBom_refused() {
    Path config = TestFiles.folder("release/tiny/config.json");

    InputException error = catchThrowableOfType(InputException.class, () -> reader.read(config));

    assertThat(error.file()).isEqualTo(config.toString());
    assertThat(error.problem())
        .isEqualTo("a JSON file that is not a CycloneDX BOM (no \"bomFormat\": \"CycloneDX\")");
  }

  @Test
  void read_missingPath_refused() {
    Path missing = temp.resolve("no-such-model");

    InputException error = catchThrowableOfType(InputException.class, () -> reader.read(missing));

    assertThat(error.file()).isEqualTo(missing.toString());
    assertThat(error.problem()).isEqualTo("no such file or folder");
  }

  @Test
  void read_emptyFolder_emptyDossier() throws InputException, IOException {
    Path folder = Files.createDirectories(temp.resolve("empty"));

    Dossier dossier = reader.read(folder);

    assertThat(dossier.card()).isEmpty();
    assertThat(dossier.filesRead()).isEmpty();
    assertThat(dossier.evalResults()).isEmpty();
  }
}
