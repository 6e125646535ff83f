package dev.clearance.card;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the model card skeleton of {@code clearance card init}: a complete Hugging Face card with
 * every section the framework asks for (DOC-1..DOC-6), pre-filled with what the release folder
 * shows (architecture from {@code config.json}, the parameter count from checkpoint headers or the
 * index, evaluation results as {@code model-index} entries) and a placeholder everywhere else.
 *
 * <p>Placeholders are machine-detectable: in markdown an HTML comment {@value #MARKDOWN_TODO} (the
 * whole guidance text is inside the comment, so nothing of it counts as information), in YAML a
 * string value starting with {@value #YAML_TODO}. The policy lists both markers under {@code
 * placeholders}, so a check treats a placeholder as missing. See docs/card-formats.md.
 */
public final class CardSkeleton {

  /** Opens a markdown placeholder: {@code <!-- CLEARANCE-TODO: what to write -->}. */
  public static final String MARKDOWN_TODO = "<!-- CLEARANCE-TODO:";

  /** Starts a YAML placeholder value: {@code TODO(clearance): what to write}. */
  public static final String YAML_TODO = "TODO(clearance)";

  /** The card for the folder the dossier was read from, ending with a line break. */
  public String render(Dossier dossier) {
    String name = modelName(dossier.subject());
    Source source = Source.ofFile(dossier.subject());
    Node.Mapping frontMatter = (Node.Mapping) PlainNodes.of(frontMatter(dossier, name), source);
    StringBuilder card = new StringBuilder();
    card.append("---\n").append(FrontMatterYaml.write(frontMatter)).append("---\n");
    new SkeletonBody(card, dossier, name, results(dossier)).write();
    return card.toString();
  }

  private static Map<String, Object> frontMatter(Dossier dossier, String name) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put(
        "license",
        yamlTodo(
            "a Hub license id such as apache-2.0, or other with license_name and license_link"));
    metadata.put("datasets", List.of(yamlTodo("Hub ids of the training datasets")));
    metadata.put(
        "pipeline_tag",
        ModelFacts.pipelineTag(dossier).orElse(yamlTodo("the Hub task, e.g. text-generation")));
    dossier
        .config()
        .filter(config -> config.root().get("transformers_version").isPresent())
        .ifPresent(config -> metadata.put("library_name", "transformers"));
    Map<String, Object> co2 = new LinkedHashMap<>();
    co2.put("emissions", yamlTodo("training emissions in grams of CO2eq"));
    co2.put("source", yamlTodo("how the emissions were measured or estimated"));
    co2.put("training_type", yamlTodo("pre-training or fine-tuning"));
    co2.put("geographical_location", yamlTodo("where the training ran"));
    co2.put("hardware_used", yamlTodo("accelerator type and count"));
    metadata.put("co2_eq_emissions", co2);
    Map<String, Object> rrf = new LinkedHashMap<>();
    rrf.put(
        "synthetic_data_percentage",
        yamlTodo("percent of the training data that is synthetic; 0 if none"));
    rrf.put("vulnerability_contact", yamlTodo("security e-mail or URL for vulnerability reports"));
    rrf.put("training_compute", yamlTodo("training compute, e.g. 1.2M H100 GPU-hours"));
    rrf.put("energy_kwh", yamlTodo("energy used for training in kWh, or why it is unknown"));
    metadata.put("rrf", rrf);
    List<Map<String, Object>> results = modelIndexResults(dossier);
    if (!results.isEmpty()) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("name", name);
      model.put("results", results);
      metadata.put("model-index", List.of(model));
    }
    return metadata;
  }

  private static List<Map<String, Object>> modelIndexResults(Dossier dossier) {
    String taskType = ModelFacts.pipelineTag(dossier).orElse("text-generation");
    Map<String, List<Map<String, Object>>> byTask = new LinkedHashMap<>();
    for (EvalResult result : results(dossier)) {
      Map<String, Object> metric = new LinkedHashMap<>();
      metric.put("type", result.metric().isEmpty() ? "score" : result.metric());
      metric.put("value", number(result.value()));
      byTask.computeIfAbsent(result.task(), task -> new ArrayList<>()).add(metric);
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    byTask.forEach(
        (task, metrics) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("task", Map.of("type", taskType));
          Map<String, Object> dataset = new LinkedHashMap<>();
          dataset.put("name", task);
          dataset.put("type", task);
          entry.put("dataset", dataset);
          entry.put("metrics", metrics);
          entries.add(entry);
        });
    return entries;
  }

  /** The dossier's finite scores, each (task, metric, value) once, in order. */
  static List<EvalResult> results(Dossier dossier) {
    Set<String> seen = new LinkedHashSet<>();
    List<EvalResult> kept = new ArrayList<>();
    for (EvalResult result : dossier.evalResults()) {
      if (Double.isFinite(result.value())
          && seen.add(result.task() + "\u0000" + result.metric() + "\u0000" + result.value())) {
        kept.add(result);
      }
    }
    return kept;
  }

  static BigDecimal number(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  static String yamlTodo(String what) {
    return YAML_TODO + ": " + what;
  }

  static String markdownTodo(String what) {
    return MARKDOWN_TODO + " " + what + " -->";
  }

  /** The last segment of the folder or file name the user gave. */
  static String modelName(String subject) {
    String name = subject.replace('\\', '/');
    while (name.endsWith("/") && name.length() > 1) {
      name = name.substring(0, name.length() - 1);
    }
    name = name.substring(name.lastIndexOf('/') + 1);
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "Model name";
    }
    return name;
  }
}
