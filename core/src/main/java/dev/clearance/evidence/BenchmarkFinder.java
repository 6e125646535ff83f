package dev.clearance.evidence;

import dev.clearance.check.Evidence;
import dev.clearance.dossier.Dossier;
import dev.clearance.dossier.EvalResult;
import dev.clearance.policy.AnchorHits;
import dev.clearance.policy.Benchmark;
import dev.clearance.policy.BenchmarkCategory;
import dev.clearance.policy.Policy;
import dev.clearance.policy.TextPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the policy's benchmarks in a dossier: structured results (model-index, harness and other
 * result files) and the card's text and tables. A benchmark named in text without a number beside
 * it (in the same line or table column) is found but not scored.
 */
public final class BenchmarkFinder {

  private final List<Benchmark> benchmarks;
  private final List<BenchmarkCategory> categories;

  public BenchmarkFinder(Policy policy) {
    this.benchmarks = policy.benchmarks();
    this.categories = policy.categories();
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
      for (TextPattern pattern : category.partial()) {
        Optional<Evidence> evidence =
            section.find(
                pattern,
                () ->
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
      String text = null;
      AnchorHits hits = null;
      List<MarkdownTables.Column> columns = null;
      for (Benchmark benchmark : benchmarks) {
        TextPattern mention = benchmark.mention();
        if (!section.hits().mayHold(mention)) {
          continue;
        }
        if (text == null) {
          text = CardView.withoutLinks(section.text());
          hits = text.equals(section.text()) ? section.hits() : card.anchorHits(text);
        }
        for (Matcher matcher = mention.nextMatch(text, hits, 0);
            matcher != null;
            matcher = mention.nextMatch(text, hits, Math.max(matcher.end(), matcher.start() + 1))) {
          String line = lineAt(text, matcher.start());
          String rest = line.replace(matcher.group(), " ");
          boolean scored = Numbers.hasScore(rest);
          if (!scored) {
            columns = columns != null ? columns : MarkdownTables.columns(text);
            scored = numericColumn(columns, matcher.group());
          }
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

  private static boolean numericColumn(List<MarkdownTables.Column> columns, String header) {
    for (MarkdownTables.Column column : columns) {
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
}
