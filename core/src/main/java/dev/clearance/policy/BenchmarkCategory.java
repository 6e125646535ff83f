package dev.clearance.policy;

import java.util.List;

/**
 * A safety category of the benchmark registry.
 *
 * @param partial text that shows the category was evaluated without an established benchmark
 *     (internal or moderation test sets, qualitative study, results only by reference)
 */
public record BenchmarkCategory(String id, String title, List<TextPattern> partial) {

  public BenchmarkCategory {
    partial = List.copyOf(partial);
  }
}
