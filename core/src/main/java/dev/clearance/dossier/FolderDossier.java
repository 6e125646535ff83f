package dev.clearance.dossier;

import dev.clearance.cyclonedx.CycloneDxCardReader;
import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is read in a model release folder, in this order:
 *
 * <ol>
 *   <li>the card: the first of {@link #CARD_NAMES}; if there is none, a CycloneDX BOM ({@code
 *       bom.json}, then {@code *.cdx.json}, then any top-level {@code .json} whose first {@value
 *       #SNIFF_BYTES} bytes declare {@code "bomFormat": "CycloneDX"});
 *   <li>{@code config.json};
 *   <li>{@code model.safetensors.index.json}, else {@code pytorch_model.bin.index.json};
 *   <li>evaluation files, sorted by path: lm-evaluation-harness {@code results*.json} and Trainer
 *       {@code eval_results.json} / {@code all_results.json} up to {@value #EVAL_DEPTH} folders
 *       deep, and {@code .eval_results/*.yaml};
 *   <li>security contact files: {@link #SECURITY_FILES}.
 * </ol>
 *
 * A {@code results*.json} that is valid JSON but not harness output is skipped (reported, not an
 * error, but listed as read); every other file that is read must be well-formed, or the read fails
 * with its name and line. Files opened only to check whether they are a CycloneDX BOM are not
 * listed as read.
 */
final class FolderDossier {

  static final List<String> CARD_NAMES =
      List.of("README.md", "MODEL_CARD.md", "model_card.md", "model-card.md", "MODELCARD.md");

  static final List<String> SECURITY_FILES =
      List.of("SECURITY.md", ".github/SECURITY.md", "security.txt", ".well-known/security.txt");

  /** Folders below the release folder searched for result files (lm_eval nests them). */
  static final int EVAL_DEPTH = 3;

  /** Result files read per folder; more are reported as skipped. */
  static final int MAX_EVAL_FILES = 200;

  /** Bytes read from an unknown {@code .json} to see whether it is a CycloneDX BOM. */
  static final int SNIFF_BYTES = 4096;

  /** Unknown top-level {@code .json} files sniffed at most. */
  static final int MAX_SNIFFED = 100;

  private static final Pattern BOM_FORMAT = Pattern.compile("\"bomFormat\"\\s*:\\s*\"CycloneDX\"");

  private static final Set<String> KNOWN_JSON =
      Set.of(
          "config.json",
          "model.safetensors.index.json",
          "pytorch_model.bin.index.json",
          "eval_results.json",
          "all_results.json",
          "train_results.json",
          "trainer_state.json",
          "generation_config.json",
          "tokenizer.json",
          "tokenizer_config.json",
          "special_tokens_map.json",
          "preprocessor_config.json",
          "added_tokens.json",
          "vocab.json");

  private final ReleaseFolder folder;
  private final InputLimits limits;
  private final JsonReader json;
  private final List<EvalResult> evalResults = new ArrayList<>();
  private final List<String> filesRead = new ArrayList<>();

  FolderDossier(ReleaseFolder folder, InputLimits limits) {
    this.folder = folder;
    this.limits = limits;
    this.json = new JsonReader(limits);
  }

  static boolean isCycloneDx(Node root) {
    return root instanceof Node.Mapping mapping
        && mapping.text("bomFormat").filter("CycloneDX"::equals).isPresent();
  }

  /**
   * @param subject the folder as the user named it
   * @param exactParameters the checkpoint inspector's count
   */
  Dossier read(String subject, Optional<ParameterCount> exactParameters) throws InputException {
    Optional<ModelCard> card = markdownCard();
    if (card.isEmpty()) {
      card = cycloneDxCard();
    }
    Optional<JsonFile> config = jsonFile("config.json");
    Optional<JsonFile> index = jsonFile("model.safetensors.index.json");
    if (index.isEmpty()) {
      index = jsonFile("pytorch_model.bin.index.json");
    }
    readEvalFiles();
    List<String> security = new ArrayList<>();
    for (String name : SECURITY_FILES) {
      folder.file(name).ifPresent(file -> security.add(file.display()));
    }
    filesRead.addAll(security);
    return new Dossier(
        subject, card, config, index, evalResults, exactParameters, security, filesRead);
  }

  private Optional<ModelCard> markdownCard() throws InputException {
    for (String name : CARD_NAMES) {
      Optional<ReleaseFolder.FolderFile> file = folder.file(name);
      if (file.isPresent()) {
        String text = folder.text(file.get());
        filesRead.add(file.get().display());
        ModelCard card = new ModelCardReader(limits).read(file.get().display(), text);
        evalResults.addAll(ModelIndexReader.read(card.metadata()));
        return Optional.of(card);
      }
    }
    return Optional.empty();
  }

  private Optional<ModelCard> cycloneDxCard() throws InputException {
    List<String> candidates = new ArrayList<>();
    candidates.add("bom.json");
    candidates.addAll(folder.list("", name -> name.endsWith(".cdx.json")));
    for (String name : candidates) {
      Optional<ReleaseFolder.FolderFile> file = folder.file(name);
      if (file.isPresent()) {
        return Optional.of(readBom(file.get(), parse(file.get())));
      }
    }
    int sniffed = 0;
    for (String name : folder.list("", FolderDossier::mayBeBom)) {
      if (++sniffed > MAX_SNIFFED) {
        break;
      }
      Optional<ReleaseFolder.FolderFile> file = folder.file(name);
      if (file.isPresent()) {
        String start = new String(folder.prefix(file.get(), SNIFF_BYTES), StandardCharsets.UTF_8);
        if (BOM_FORMAT.matcher(start).find()) {
          Node root = parse(file.get());
          if (isCycloneDx(root)) {
            return Optional.of(readBom(file.get(), root));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean mayBeBom(String name) {
    return name.endsWith(".json")
        && !name.endsWith(".cdx.json")
        && !name.equals("bom.json")
        && !KNOWN_JSON.contains(name)
        && !name.startsWith("results")
        && !name.startsWith("tokenizer");
  }

  private ModelCard readBom(ReleaseFolder.FolderFile file, Node root) throws InputException {
    if (!isCycloneDx(root)) {
      throw new InputException(
          file.display(),
          root.source().line(),
          "not a CycloneDX BOM: no \"bomFormat\": \"CycloneDX\" at the top level",
          "write a CycloneDX 1.6 JSON BOM, or rename the file");
    }
    Node.Mapping bom = (Node.Mapping) root;
    ModelCard card = CycloneDxCardReader.read(file.display(), bom);
    evalResults.addAll(CycloneDxCardReader.evalResults(file.display(), bom));
    return card;
  }

  private Optional<JsonFile> jsonFile(String name) throws InputException {
    Optional<ReleaseFolder.FolderFile> file = folder.file(name);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Node root = parse(file.get());
    if (!(root instanceof Node.Mapping mapping)) {
      throw new InputException(
          file.get().display(),
          root.source().line(),
          "%s must be a JSON object, found %s".formatted(name, Scores.kind(root)),
          "check that the file is the one the training library wrote");
    }
    return Optional.of(new JsonFile(file.get().display(), mapping));
  }

  private Node parse(ReleaseFolder.FolderFile file) throws InputException {
    Node root = json.read(file.display(), folder.text(file));
    filesRead.add(file.display());
    return root;
  }

  private void readEvalFiles() throws InputException {
    List<String> names =
        new ArrayList<>(
            folder.walk(
                EVAL_DEPTH,
                name ->
                    (name.startsWith("results") && name.endsWith(".json"))
                        || name.equals("eval_results.json")
                        || name.equals("all_results.json")));
    names.addAll(
        folder.list(".eval_results", name -> name.endsWith(".yaml") || name.endsWith(".yml")));
    Set<String> trainerScores = new HashSet<>();
    int read = 0;
    for (String name : names) {
      Optional<ReleaseFolder.FolderFile> file = folder.file(name);
      if (file.isEmpty()) {
        continue;
      }
      if (++read > MAX_EVAL_FILES) {
        folder.skip(
            file.get().display(),
            "more than %d result files in the folder; not read".formatted(MAX_EVAL_FILES));
        continue;
      }
      readEvalFile(name, file.get(), trainerScores);
    }
  }

  private void readEvalFile(String name, ReleaseFolder.FolderFile file, Set<String> trainerScores)
      throws InputException {
    String base = name.substring(name.lastIndexOf('/') + 1);
    if (name.startsWith(".eval_results/")) {
      List<EvalResult> results =
          new HfEvalResultsReader(limits).read(file.display(), folder.text(file));
      filesRead.add(file.display());
      evalResults.addAll(results);
      return;
    }
    Node root = parse(file);
    if (base.equals("eval_results.json") || base.equals("all_results.json")) {
      // all_results.json repeats eval_results.json next to it: keep each score once per folder
      String parent = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
      for (EvalResult result : HfTrainerResultsReader.results(root)) {
        if (trainerScores.add(parent + "\n" + result.task() + "\n" + result.metric())) {
          evalResults.add(result);
        }
      }
    } else if (LmEvalResultsReader.isHarnessOutput(root)) {
      evalResults.addAll(LmEvalResultsReader.results(root));
    } else {
      folder.skip(
          file.display(),
          "is not lm-evaluation-harness output (no \"results\" object); not used as results");
    }
  }
}
