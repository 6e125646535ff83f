package dev.clearance.policy;

import dev.clearance.document.InputException;
import dev.clearance.document.Node;
import dev.clearance.tier.Tier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the {@code triggers} list of a policy file. */
final class TriggerRules {

  private TriggerRules() {}

  static List<TriggerRule> read(List<Node> items, List<Benchmark> benchmarks)
      throws InputException {
    List<TriggerRule> triggers = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : items) {
      PolicyFields fields = PolicyFields.of(item, "a trigger");
      String id = fields.text("id");
      if (!ids.add(id)) {
        throw PolicyFields.error(item, "trigger '%s' is defined twice".formatted(id));
      }
      Tier tier = Tier.of((int) fields.wholeNumber("tier", 1, 4));
      String kind = fields.text("kind");
      triggers.add(
          switch (kind) {
            case "parameters" -> parameters(fields, id, tier);
            case "signals" -> signals(fields, id, tier, benchmarks);
            default ->
                throw PolicyFields.error(
                    fields.required("kind"),
                    "trigger kind '%s' is unknown; expected parameters or signals".formatted(kind));
          });
    }
    if (triggers.isEmpty()) {
      throw new InputException("policy", 0, "the policy defines no triggers", "add triggers");
    }
    return triggers;
  }

  private static TriggerRule parameters(PolicyFields fields, String id, Tier tier)
      throws InputException {
    fields.onlyKeys("id", "title", "tier", "kind", "at_least", "more_than");
    boolean strictly = fields.has("more_than");
    if (strictly == fields.has("at_least")) {
      throw PolicyFields.error(
          fields.mapping(), "a parameters trigger needs exactly one of at_least or more_than");
    }
    long threshold = fields.wholeNumber(strictly ? "more_than" : "at_least", 1, Long.MAX_VALUE);
    return new TriggerRule.Parameters(id, fields.text("title"), tier, threshold, strictly);
  }

  private static TriggerRule signals(
      PolicyFields fields, String id, Tier tier, List<Benchmark> benchmarks) throws InputException {
    fields.onlyKeys(
        "id",
        "title",
        "tier",
        "kind",
        "why",
        "pipeline_tags",
        "tags",
        "datasets",
        "architectures",
        "config_keys",
        "declarations",
        "benchmarks",
        "mentions");
    List<BenchmarkThreshold> thresholds = new ArrayList<>();
    for (Node item : fields.list("benchmarks")) {
      PolicyFields threshold = PolicyFields.of(item, "a trigger benchmark threshold");
      threshold.onlyKeys("benchmark", "at_least");
      String benchmark = threshold.text("benchmark");
      if (benchmarks.stream().noneMatch(known -> known.id().equals(benchmark))) {
        throw PolicyFields.error(
            threshold.required("benchmark"),
            "benchmark '%s' is not in the policy's benchmarks list".formatted(benchmark));
      }
      thresholds.add(new BenchmarkThreshold(benchmark, threshold.number("at_least")));
    }
    return new TriggerRule.Signals(
        id,
        fields.text("title"),
        tier,
        fields.optionalText("why", ""),
        fields.patterns("pipeline_tags"),
        fields.patterns("tags"),
        fields.patterns("datasets"),
        fields.patterns("architectures"),
        fields.texts("config_keys"),
        fields.textPatterns("declarations"),
        thresholds,
        fields.textPatterns("mentions"));
  }
}
