package dev.clearance.evidence;

import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.document.Node;
import dev.clearance.policy.DetectorRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a documentation topic in front-matter keys and card sections, and classifies it by the
 * policy's patterns: declared absent, declared unknown, present, partial (in that order).
 */
public final class TextDetector {

  private static final Pattern ABSENT_VALUE = Pattern.compile("(?i)0|0\\.0|none|no|false");

  private TextDetector() {}

  /** Detects a {@link DetectorRule.Text} requirement in a card. */
  public static Detection detect(DetectorRule.Text rule, CardView card) {
    List<String> whereLooked = new ArrayList<>();
    Optional<Detection> fromKeys = fromKeys(rule, card, whereLooked);
    if (fromKeys.isPresent()) {
      return fromKeys.get();
    }
    List<SectionText> scope = scope(rule, card);
    whereLooked.add(describeScope(rule, card, scope));
    Coverage[] order = {
      Coverage.DECLARED_ABSENT, Coverage.DECLARED_UNKNOWN, Coverage.PRESENT, Coverage.PARTIAL
    };
    for (Coverage coverage : order) {
      List<Pattern> patterns = patternsFor(rule, coverage);
      for (Pattern pattern : patterns) {
        for (SectionText section : scope) {
          Optional<Evidence> found = section.find(pattern, "text in " + section.title());
          if (found.isPresent()) {
            return new Detection(coverage, List.of(found.get()), whereLooked, "");
          }
        }
      }
    }
    if (!rule.sections().isEmpty() && !scope.isEmpty() && rule.sectionOnly() != Coverage.MISSING) {
      SectionText first = scope.get(0);
      Evidence heading =
          new Evidence(
              "section " + first.title(), first.section().heading(), first.section().source());
      return new Detection(rule.sectionOnly(), List.of(heading), whereLooked, "");
    }
    return new Detection(Coverage.MISSING, List.of(), whereLooked, "");
  }

  /** Sections to search: those matching the rule's headings (or all), minus excluded and empty. */
  static List<SectionText> scope(DetectorRule.Text rule, CardView card) {
    List<SectionText> candidates =
        rule.sections().isEmpty() ? card.sections() : card.sectionsMatching(rule.sections());
    List<SectionText> excluded =
        rule.excludeSections().isEmpty()
            ? List.of()
            : card.sectionsMatching(rule.excludeSections());
    return candidates.stream()
        .filter(section -> !section.placeholder())
        .filter(section -> !excluded.contains(section))
        .toList();
  }

  private static Optional<Detection> fromKeys(
      DetectorRule.Text rule, CardView card, List<String> whereLooked) {
    if (rule.keys().isEmpty()) {
      return Optional.empty();
    }
    whereLooked.add("front matter keys " + rule.keys() + " in " + card.card().file());
    for (String key : rule.keys()) {
      Optional<Node> value = card.metadata(key);
      if (value.isEmpty() || isEmpty(value.get())) {
        continue;
      }
      Node node = value.get();
      String shown = shown(node);
      if (CardView.isPlaceholder(shown, List.of(Pattern.compile("(?i)TODO\\(clearance\\)")))) {
        continue;
      }
      Evidence evidence = new Evidence("front matter '" + key + "'", shown, node.source());
      if (node instanceof Node.Mapping mapping && mapping.get("unknown").isPresent()) {
        return Optional.of(
            new Detection(Coverage.DECLARED_UNKNOWN, List.of(evidence), whereLooked, ""));
      }
      if (node instanceof Node.Scalar scalar
          && scalar.text() != null
          && ABSENT_VALUE.matcher(scalar.text().strip()).matches()) {
        return Optional.of(
            new Detection(Coverage.DECLARED_ABSENT, List.of(evidence), whereLooked, ""));
      }
      return Optional.of(new Detection(Coverage.PRESENT, List.of(evidence), whereLooked, ""));
    }
    return Optional.empty();
  }

  private static List<Pattern> patternsFor(DetectorRule.Text rule, Coverage coverage) {
    return switch (coverage) {
      case DECLARED_ABSENT -> rule.declaredAbsent();
      case DECLARED_UNKNOWN -> rule.declaredUnknown();
      case PRESENT -> rule.present();
      case PARTIAL -> rule.partial();
      case MISSING -> List.of();
    };
  }

  private static String describeScope(
      DetectorRule.Text rule, CardView card, List<SectionText> scope) {
    if (rule.sections().isEmpty()) {
      return "the text of " + card.card().file();
    }
    if (scope.isEmpty()) {
      return "sections of "
          + card.card().file()
          + " headed like "
          + headingHint(rule)
          + " (none found)";
    }
    List<String> titles = scope.stream().limit(5).map(SectionText::title).toList();
    return "sections " + String.join(", ", titles) + " of " + card.card().file();
  }

  private static String headingHint(DetectorRule.Text rule) {
    String first = rule.sections().get(0).pattern();
    return "/" + (first.length() > 60 ? first.substring(0, 59) + "…" : first) + "/";
  }

  static boolean isEmpty(Node node) {
    return switch (node) {
      case Node.Scalar scalar -> scalar.isNull() || scalar.text().isBlank();
      case Node.Sequence sequence -> sequence.items().isEmpty();
      case Node.Mapping mapping -> mapping.entries().isEmpty();
    };
  }

  static String shown(Node node) {
    return switch (node) {
      case Node.Scalar scalar -> scalar.text() == null ? "null" : scalar.text();
      case Node.Sequence sequence ->
          sequence.scalars().stream()
              .map(Node.Scalar::text)
              .filter(text -> text != null)
              .limit(8)
              .toList()
              .toString();
      case Node.Mapping mapping -> mapping.entries().keySet().toString().toLowerCase(Locale.ROOT);
    };
  }
}
