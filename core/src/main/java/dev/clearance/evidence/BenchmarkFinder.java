package dev.clearance.evidence;

import dev.clearance.check.Evidence;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import dev.clearance.policy.Benchmark;
import dev.clearance.policy.BenchmarkCategory;
import dev.clearance.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the policy's benchmarks in a dossier: structured results (model-index, harness and other
 * result files) and the card's text and tables. A benchmark named in text without a number beside
 * it (in the same line or table column) is found but not scored.
 */
public final class BenchmarkFinder {

  private final List<Benchmark> benchmarks;
  private final List<BenchmarkCategory> categories;
  private final Map<Benchmark, Pattern> textPatterns = new LinkedHashMap<>();

  public BenchmarkFinder(Policy policy) {
    this.benchmarks = policy.benchmarks();
    this.categories = policy.categories();
    for (Benchmark benchmark : benchmarks) {
      textPatterns.put(benchmark, textPattern(benchmark));
    }
  }

  /** One finding per benchmark found, the best one (scored and structured first). */
  public List<BenchmarkFinding> find(Dossier dossier, Optional<CardView> card) {
    Map<Benchmark, BenchmarkFinding> best = new LinkedHashMap<>();
    for (EvalResult result : dossier.evalResults()) {
      matchTask(result.task())
          .ifPresent(
              benchmark -> {
                Evidence evidence =
                    new Evidence(
                        benchmark.name()
                            + " result ("
                            + result.origin().name().toLowerCase(Locale.ROOT)
                            + ")",
                        result.task()
                            + (result.metric().isEmpty() ? "" : " " + result.metric())
                            + " = "
                            + result.value(),
                        result.source());
                keepBest(
                    best,
                    new BenchmarkFinding(
                        benchmark, Double.isFinite(result.value()), result.value(), evidence));
              });
    }
    card.ifPresent(view -> findInText(view, best));
    return List.copyOf(best.values());
  }

  /**
   * Evaluations of a safety category that name no established benchmark, one per category at most:
   * the category's partial patterns found in the card's text.
   */
  public List<CategoryEvaluation> categoryEvaluations(Optional<CardView> card) {
    if (card.isEmpty()) {
      return List.of();
    }
    List<CategoryEvaluation> found = new ArrayList<>();
    for (BenchmarkCategory category : categories) {
      firstMatch(category, card.get())
          .ifPresent(evidence -> found.add(new CategoryEvaluation(category.id(), evidence)));
    }
    return found;
  }

  private static Optional<Evidence> firstMatch(BenchmarkCategory category, CardView card) {
    for (SectionText section : card.sections()) {
      if (section.placeholder()) {
        continue;
      }
      for (Pattern pattern : category.partial()) {
        Optional<Evidence> evidence =
            section.find(
                pattern,
                category.title()
                    + " evaluated without an established benchmark, in "
                    + section.title());
        if (evidence.isPresent()) {
          return evidence;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The benchmark a task or dataset name refers to: an alias, or an alias followed by a subtask.
   */
  public Optional<Benchmark> matchTask(String task) {
    String name = task.strip().toLowerCase(Locale.ROOT);
    for (Benchmark benchmark : benchmarks) {
      for (String alias : benchmark.aliases()) {
        if (name.equals(alias)
            || (name.startsWith(alias) && isSeparator(name.charAt(alias.length())))) {
          return Optional.of(benchmark);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isSeparator(char next) {
    return next == '_'
        || next == '-'
        || next == ':'
        || next == '/'
        || next == ' '
        || next == '|'
        || next == ',';
  }

  private void findInText(CardView card, Map<Benchmark, BenchmarkFinding> best) {
    for (SectionText section : card.sections()) {
      if (section.placeholder()) {
        continue;
      }
      String text = CardView.withoutLinks(section.text());
      for (var entry : textPatterns.entrySet()) {
        Benchmark benchmark = entry.getKey();
        Matcher matcher = entry.getValue().matcher(text);
        while (matcher.find()) {
          String line = lineAt(text, matcher.start());
          String rest = line.replace(matcher.group(), " ");
          boolean scored = Numbers.hasScore(rest) || numericColumn(text, matcher.group());
          Evidence evidence =
              new Evidence(
                  benchmark.name() + (scored ? " result in " : " named in ") + section.title(),
                  line,
                  sectionSource(section, text, matcher.start()));
          keepBest(best, new BenchmarkFinding(benchmark, scored, Double.NaN, evidence));
          if (scored) {
            break;
          }
        }
      }
    }
  }

  private static boolean numericColumn(String text, String header) {
    for (MarkdownTables.Column column : MarkdownTables.columns(text)) {
      if (column.numeric()
          && column.header().toLowerCase(Locale.ROOT).contains(header.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static dev.clearance.document.Source sectionSource(
      SectionText section, String text, int offset) {
    int lines = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    int lineOffset = 0;
    String original = section.text();
    for (int i = 0, seen = 0; i < original.length() && seen < lines; i++) {
      if (original.charAt(i) == '\n') {
        seen++;
        lineOffset = i + 1;
      }
    }
    return section.sourceAt(lineOffset);
  }

  private static String lineAt(String text, int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int end = text.indexOf('\n', offset);
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }

  private static void keepBest(Map<Benchmark, BenchmarkFinding> best, BenchmarkFinding candidate) {
    BenchmarkFinding current = best.get(candidate.benchmark());
    if (current == null || (!current.scored() && candidate.scored())) {
      best.put(candidate.benchmark(), candidate);
    }
  }

  /**
   * Short all-letter aliases (BBQ, BOLD, MATH) are matched only in capitals, so that the English
   * word "bold" is not the BOLD benchmark; longer aliases match in any case, with spaces, hyphens
   * and underscores interchangeable.
   */
  private static Pattern textPattern(Benchmark benchmark) {
    List<String> caseInsensitive = new ArrayList<>();
    List<String> exactCase = new ArrayList<>();
    for (String alias : benchmark.aliases()) {
      if (alias.contains("/")) {
        continue;
      }
      if (alias.length() <= 4 && alias.chars().allMatch(Character::isLetter)) {
        exactCase.add(Pattern.quote(alias.toUpperCase(Locale.ROOT)));
      } else {
        caseInsensitive.add(flexible(alias));
      }
    }
    List<String> parts = new ArrayList<>();
    if (!caseInsensitive.isEmpty()) {
      parts.add("(?i:" + String.join("|", caseInsensitive) + ")");
    }
    if (!exactCase.isEmpty()) {
      parts.add("(?:" + String.join("|", exactCase) + ")");
    }
    return Pattern.compile("(?<![\\w-])(?:" + String.join("|", parts) + ")(?![\\w])");
  }

  private static String flexible(String alias) {
    StringBuilder regex = new StringBuilder();
    for (char c : alias.toCharArray()) {
      if (c == '-' || c == '_' || c == ' ') {
        regex.append("[-_ ]?");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
