package dev.clearance.policy;

import dev.clearance.tier.Tier;
import java.util.List;
import java.util.regex.Pattern;

/** A policy rule that raises a release to a tier (POL-2). */
public sealed interface TriggerRule {

  String id();

  String title();

  Tier tier();

  /**
   * Fires on the total parameter count: at or above {@code threshold}, or strictly above it when
   * {@code strictlyGreater}.
   */
  record Parameters(String id, String title, Tier tier, long threshold, boolean strictlyGreater)
      implements TriggerRule {}

  /**
   * Fires on declared evidence: front-matter pipeline tag, tags and datasets, config architecture
   * and keys, declarations in the card's declaration scope, or capability benchmark scores over a
   * threshold. {@code mentions} (and declarations outside the declaration scope) only suggest a
   * review.
   */
  record Signals(
      String id,
      String title,
      Tier tier,
      String why,
      List<Pattern> pipelineTags,
      List<Pattern> tags,
      List<Pattern> datasets,
      List<Pattern> architectures,
      List<String> configKeys,
      List<TextPattern> declarations,
      List<BenchmarkThreshold> benchmarks,
      List<TextPattern> mentions)
      implements TriggerRule {
    public Signals {
      pipelineTags = List.copyOf(pipelineTags);
      tags = List.copyOf(tags);
      datasets = List.copyOf(datasets);
      architectures = List.copyOf(architectures);
      configKeys = List.copyOf(configKeys);
      declarations = List.copyOf(declarations);
      benchmarks = List.copyOf(benchmarks);
      mentions = List.copyOf(mentions);
    }
  }
}
