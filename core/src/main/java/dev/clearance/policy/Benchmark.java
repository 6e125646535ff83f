package dev.clearance.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A benchmark the policy knows, with the names evaluation files and cards use for it.
 *
 * @param category a safety category id ({@code toxicity}, {@code bias}, {@code factual-accuracy})
 *     or {@code capability}
 * @param aliases lower-case names and task ids ({@code truthfulqa_mc2}, {@code skg/toxigen-data})
 * @param mention how the benchmark is recognized in card text (see {@link #of})
 */
public record Benchmark(
    String id, String name, String category, List<String> aliases, TextPattern mention) {

  public Benchmark {
    aliases = List.copyOf(aliases);
  }

  /**
   * A benchmark whose text mention is built from its aliases. Short all-letter aliases (BBQ, BOLD,
   * MATH) are matched only in capitals, so that the English word "bold" is not the BOLD benchmark;
   * longer aliases match in any case, with spaces, hyphens and underscores interchangeable. Dataset
   * ids with a slash are only matched in structured results.
   */
  public static Benchmark of(String id, String name, String category, List<String> aliases) {
    List<String> lowered = aliases.stream().map(alias -> alias.toLowerCase(Locale.ROOT)).toList();
    return new Benchmark(id, name, category, lowered, mentionPattern(lowered));
  }

  private static TextPattern mentionPattern(List<String> aliases) {
    List<String> caseInsensitive = new ArrayList<>();
    List<String> exactCase = new ArrayList<>();
    for (String alias : aliases) {
      if (alias.contains("/")) {
        continue;
      }
      if (alias.length() <= 4 && alias.chars().allMatch(Character::isLetter)) {
        exactCase.add(alias.toUpperCase(Locale.ROOT));
      } else {
        caseInsensitive.add(flexible(alias));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!caseInsensitive.isEmpty()) {
      parts.add("(?i:" + String.join("|", caseInsensitive) + ")");
    }
    if (!exactCase.isEmpty()) {
      parts.add("(?-i:" + String.join("|", exactCase) + ")");
    }
    return TextPattern.compile("(?<![\\w-])(?:" + String.join("|", parts) + ")(?![\\w])");
  }

  private static String flexible(String alias) {
    StringBuilder regex = new StringBuilder();
    for (char c : alias.toCharArray()) {
      if (c == '-' || c == '_' || c == ' ') {
        regex.append("[-_ ]?");
      } else if (Character.isLetterOrDigit(c)) {
        regex.append(c);
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
