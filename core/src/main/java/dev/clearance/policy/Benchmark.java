package dev.clearance.policy;

import java.util.List;
import java.util.Locale;

/**
 * A benchmark the policy knows, with the names evaluation files and cards use for it.
 *
 * @param category a safety category id ({@code toxicity}, {@code bias}, {@code factual-accuracy})
 *     or {@code capability}
 * @param aliases lower-case names and task ids ({@code truthfulqa_mc2}, {@code skg/toxigen-data})
 */
public record Benchmark(String id, String name, String category, List<String> aliases) {

  public Benchmark {
    aliases = aliases.stream().map(alias -> alias.toLowerCase(Locale.ROOT)).toList();
  }
}
