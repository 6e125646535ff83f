package dev.clearance.card;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.JsonReader;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.document.YamlReader;
import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import dev.clearance.dossier.JsonFile;
import dev.clearance.dossier.ModelCard;
import dev.clearance.dossier.ModelCardReader;
import dev.clearance.dossier.ModelIndexReader;
import dev.clearance.dossier.ParameterCount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class CardSkeletonTest {

  private static final ModelCardReader READER = new ModelCardReader(InputLimits.DEFAULT);
  private static final List<String> REQUIRED_SECTIONS =
      List.of(
          "Intended Use",
          "Out-of-Scope Use",
          "License",
          "Permitted Uses",
          "Prohibited Uses",
          "Training Data",
          "Synthetic Data",
          "Data Filtering",
          "Safety Evaluations",
          "Red Teaming",
          "Limitations",
          "Risks and Mitigations",
          "Contact");
  private static final Pattern MARKDOWN_PLACEHOLDER =
      Pattern.compile("<!-- CLEARANCE-TODO: [^>]*-->");

  private static JsonFile corpusJson(String folder, String name)
      throws IOException, InputException {
    Path path = Path.of(System.getProperty("clearance.shared"), "corpus", folder, name);
    String file =
        "llama-2-7b/" + (folder.equals("configs") ? "config.json" : "model.safetensors.index.json");
    Node root = new JsonReader(InputLimits.DEFAULT).read(file, Files.readString(path));
    return new JsonFile(file, (Node.Mapping) root);
  }

  private static Dossier llamaFolder() throws IOException, InputException {
    Source harness = new Source("llama-2-7b/results_2024.json", 12, "/results/truthfulqa_mc/mc2");
    List<EvalResult> results =
        List.of(
            new EvalResult(
                "truthfulqa_mc", "mc2", 0.3896, EvalResult.Origin.LM_EVAL_HARNESS, harness),
            new EvalResult(
                "crows_pairs_english",
                "pct_stereotype",
                0.65,
                EvalResult.Origin.LM_EVAL_HARNESS,
                new Source("llama-2-7b/results_2024.json", 30, "/results/crows_pairs_english")),
            new EvalResult("truthfulqa_mc", "mc2", 0.3896, EvalResult.Origin.MODEL_INDEX, harness));
    return new Dossier(
        "models/llama-2-7b/",
        Optional.empty(),
        Optional.of(corpusJson("configs", "llama-2-7b-hf.json")),
        Optional.of(corpusJson("safetensors_index", "llama-2-7b-hf.json")),
        results,
        Optional.empty(),
        List.of(),
        List.of());
  }

  private static Dossier emptyFolder() {
    return new Dossier(
        "models/empty",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  private static CardSection section(ModelCard card, String heading) {
    return card.sections().stream()
        .filter(section -> section.heading().equals(heading))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + heading));
  }

  @Test
  void render_llamaFolder_prefillsArchitectureAndParameters() throws Exception {
    String markdown = new CardSkeleton().render(llamaFolder());
    ModelCard card = READER.read("README.md", markdown);

    assertThat(card.sections().get(1).heading()).isEqualTo("llama-2-7b");
    assertThat(section(card, "Model Details").text())
        .contains("- Model type: llama (LlamaForCausalLM)")
        .contains(
            "- Parameters: about 6.74B (estimate: metadata.total_size of llama-2-7b/model.safetensors.index.json");
    assertThat(section(card, "Model Architecture").text())
        .contains(
            "- Layers: 32",
            "- Hidden size: 4096",
            "- Vocabulary size: 32000",
            "- Weights dtype: float16");
    assertThat(card.metadata().text("pipeline_tag")).contains("text-generation");
    assertThat(card.metadata().text("library_name")).contains("transformers");
  }

  @Test
  void render_evalResults_becomeModelIndexEntriesOnce() throws Exception {
    ModelCard card = READER.read("README.md", new CardSkeleton().render(llamaFolder()));

    List<EvalResult> scores = ModelIndexReader.read(card.metadata());

    assertThat(scores)
        .extracting(EvalResult::task, EvalResult::metric, EvalResult::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("truthfulqa_mc", "mc2", 0.3896),
            org.assertj.core.groups.Tuple.tuple("crows_pairs_english", "pct_stereotype", 0.65));
    assertThat(section(card, "Evaluation").text())
        .contains(
            "- truthfulqa_mc mc2: 0.3896 (llama-2-7b/results_2024.json:12#/results/truthfulqa_mc/mc2)");
  }

  @Test
  void render_exactParameters_areStatedWithTheirBasis() {
    Dossier dossier =
        new Dossier(
            "model",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.of(
                new ParameterCount(
                    7_241_732_096L,
                    OptionalLong.empty(),
                    ParameterCount.Basis.EXACT_HEADERS,
                    Source.ofFile("model.safetensors"),
                    "")),
            List.of(),
            List.of());

    String markdown = new CardSkeleton().render(dossier);

    assertThat(markdown)
        .contains("- Parameters: 7,241,732,096 (7.24B, exact, from checkpoint headers)\n");
  }

  @Test
  void render_emptyFolder_hasEveryRequiredSectionHoldingOnlyPlaceholders() throws Exception {
    ModelCard card = READER.read("README.md", new CardSkeleton().render(emptyFolder()));

    for (String heading : REQUIRED_SECTIONS) {
      String text = section(card, heading).text();
      assertThat(text).as(heading).contains(CardSkeleton.MARKDOWN_TODO);
      assertThat(MARKDOWN_PLACEHOLDER.matcher(text).replaceAll("")).as(heading).isBlank();
    }
    for (String line : section(card, "Environmental Impact").text().strip().split("\n")) {
      assertThat(line).contains(CardSkeleton.MARKDOWN_TODO);
    }
    assertThat(section(card, "Model Details").text())
        .contains("- Parameters: <!-- CLEARANCE-TODO:");
    assertThat(card.sections().get(1).heading()).isEqualTo("empty");
  }

  @Test
  void render_frontMatter_isValidYamlWithPlaceholderValues() throws Exception {
    String markdown = new CardSkeleton().render(emptyFolder());
    String yaml = markdown.substring(4, markdown.indexOf("\n---\n", 4));

    Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Node.Mapping metadata =
        (Node.Mapping) new YamlReader(InputLimits.DEFAULT).read("README.md", yaml);

    assertThat(loaded).isInstanceOf(java.util.Map.class);
    assertThat(metadata.text("license"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("TODO(clearance)"));
    assertThat(metadata.text("pipeline_tag"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("TODO(clearance)"));
    Node.Mapping rrf = metadata.mapping("rrf").orElseThrow();
    assertThat(rrf.entries().keySet())
        .containsExactly(
            "synthetic_data_percentage", "vulnerability_contact", "training_compute", "energy_kwh");
    assertThat(metadata.mapping("co2_eq_emissions").orElseThrow().text("emissions"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("TODO(clearance)"));
    assertThat(metadata.get("model-index")).isEmpty();
  }

  @Test
  void render_placeholders_matchThePolicyPlaceholderPatterns() throws Exception {
    Node.Mapping policy;
    try (InputStream in = CardSkeleton.class.getResourceAsStream("/policies/rrf-2025.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      policy = (Node.Mapping) new YamlReader(InputLimits.DEFAULT).read("rrf-2025.yaml", text);
    }
    List<Pattern> patterns =
        policy.sequence("placeholders").orElseThrow().items().stream()
            .map(node -> Pattern.compile(((Node.Scalar) node).text(), Pattern.CASE_INSENSITIVE))
            .toList();

    for (String marker : List.of(CardSkeleton.markdownTodo("x"), CardSkeleton.yamlTodo("x"))) {
      assertThat(patterns).as(marker).anyMatch(pattern -> pattern.matcher(marker).find());
    }
  }
}
