package dev.clearance.card;

import static dev.clearance.card.CardSkeleton.markdownTodo;

import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import java.util.List;
import java.util.Optional;

/** The markdown sections of a {@link CardSkeleton}, in the order of the Hugging Face template. */
final class SkeletonBody {

  private final StringBuilder card;
  private final Dossier dossier;
  private final String name;
  private final List<EvalResult> results;

  SkeletonBody(StringBuilder card, Dossier dossier, String name, List<EvalResult> results) {
    this.card = card;
    this.dossier = dossier;
    this.name = name;
    this.results = results;
  }

  void write() {
    heading(1, name);
    todo("a short summary: what the model is, who developed it, and what it is for.");
    details();
    architecture();
    heading(2, "Uses");
    heading(3, "Intended Use");
    todo("who should use the model, for which tasks, languages and domains.");
    heading(3, "Out-of-Scope Use");
    todo("uses the model is not meant or not fit for, including misuse to avoid.");
    license();
    trainingData();
    evaluation();
    heading(2, "Red Teaming");
    todo(
        "who red-teamed the model (internal team, external experts), which risk areas were"
            + " covered, the method, and the findings with their mitigations.");
    heading(2, "Bias, Risks, and Limitations");
    heading(3, "Limitations");
    todo("known limitations and failure modes, and where quality drops (languages, domains).");
    heading(3, "Risks and Mitigations");
    todo(
        "the risk profile (misuse, harms to groups, privacy) and the mitigation plan (safety"
            + " tuning, filters, usage policy, monitoring).");
    environment();
    heading(2, "Contact");
    todo(
        "where to report vulnerabilities and safety concerns: a security e-mail address, a URL,"
            + " or a security.txt (or set rrf.vulnerability_contact in the front matter).");
  }

  private void details() {
    heading(2, "Model Details");
    line("- Developed by: " + markdownTodo("the organization that developed the model"));
    List<String> architectures = ModelFacts.architectures(dossier);
    Optional<String> type = ModelFacts.modelType(dossier);
    if (type.isPresent() || !architectures.isEmpty()) {
      String classes = architectures.isEmpty() ? "" : " (" + String.join(", ", architectures) + ")";
      line("- Model type: " + type.orElse("") + classes);
    } else {
      line("- Model type: " + markdownTodo("architecture family, e.g. decoder-only transformer"));
    }
    Optional<String> parameters = ModelFacts.parameters(dossier);
    line(
        "- Parameters: "
            + parameters.orElse(
                markdownTodo("total parameter count (all experts of a MoE model)")));
    line("- Version and release date: " + markdownTodo("version and release date"));
    card.append('\n');
  }

  private void architecture() {
    heading(2, "Model Architecture");
    List<String> facts = ModelFacts.configFacts(dossier);
    if (facts.isEmpty()) {
      todo("the architecture: layers, hidden size, attention, context length, experts.");
      return;
    }
    String from = dossier.config().map(config -> config.file()).orElse("config.json");
    line("From " + from + ":");
    card.append('\n');
    facts.forEach(fact -> line("- " + fact));
    card.append('\n');
  }

  private void license() {
    heading(2, "License");
    todo(
        "name the license and link its text (and set license in the front matter: a Hub license"
            + " id such as apache-2.0, or other with license_name and license_link).");
    heading(3, "Permitted Uses");
    todo("what the license allows: research, commercial use, redistribution, fine-tuning.");
    heading(3, "Prohibited Uses");
    todo("what the license or the acceptable-use policy forbids.");
  }

  private void trainingData() {
    heading(2, "Training Data");
    todo(
        "the sources of the training data: datasets with links, web crawls, licensed or"
            + " proprietary data, collection dates; list Hub dataset ids under datasets.");
    heading(3, "Synthetic Data");
    todo(
        "the percentage of synthetic data (write 0% if there is none) and how it was generated"
            + " (or set rrf.synthetic_data_percentage in the front matter).");
    heading(3, "Data Filtering");
    todo(
        "how the data was filtered: deduplication, PII removal, toxicity and quality filters,"
            + " benchmark decontamination.");
  }

  private void evaluation() {
    heading(2, "Evaluation");
    if (results.isEmpty()) {
      todo("the evaluation results, with benchmark, metric, score and protocol.");
    } else {
      line("Results found in this release (also under model-index in the front matter):");
      card.append('\n');
      for (EvalResult result : results) {
        String metric = result.metric().isEmpty() ? "" : " " + result.metric();
        line(
            "- "
                + result.task()
                + metric
                + ": "
                + CardSkeleton.number(result.value()).toPlainString()
                + " ("
                + result.source()
                + ")");
      }
      card.append('\n');
    }
    heading(3, "Safety Evaluations");
    todo(
        "results (score and protocol) for at least three established safety benchmarks:"
            + " toxicity (RealToxicityPrompts, ToxiGen), bias (BBQ, CrowS-Pairs, WinoBias, BOLD)"
            + " and factual accuracy (TruthfulQA); add each to model-index.");
  }

  private void environment() {
    heading(2, "Environmental Impact");
    line("- Hardware: " + markdownTodo("accelerator type and count"));
    line("- Training compute: " + markdownTodo("GPU-hours or FLOPs (or set rrf.training_compute)"));
    line(
        "- Energy: "
            + markdownTodo("kWh used for training, or why it is unknown (or set rrf.energy_kwh)"));
    line(
        "- Carbon emitted: "
            + markdownTodo(
                "t CO2eq (and co2_eq_emissions.emissions in grams in the front matter)"));
    card.append('\n');
  }

  private void heading(int level, String text) {
    if (!card.toString().endsWith("\n\n")) {
      card.append('\n');
    }
    card.append("#".repeat(level)).append(' ');
    card.append(HuggingFaceCardWriter.escapeHeading(text)).append("\n\n");
  }

  private void todo(String what) {
    line(markdownTodo(what));
    card.append('\n');
  }

  private void line(String text) {
    card.append(text).append('\n');
  }
}
