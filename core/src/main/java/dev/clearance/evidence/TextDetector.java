package dev.clearance.evidence;

import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.document.Node;
import dev.clearance.policy.DetectorRule;
import dev.clearance.policy.TextPattern;
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
    // A figure beats a statement that something is absent or unknown: "10 % synthetic in
    // instruction tuning, none in pre-training" states a percentage.
    Coverage[] stated = {Coverage.PRESENT, Coverage.DECLARED_ABSENT, Coverage.DECLARED_UNKNOWN};
    for (Coverage coverage : stated) {
      Optional<Detection> found = search(patternsFor(rule, coverage), scope, coverage, whereLooked);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (!rule.anywhere().isEmpty()) {
      whereLooked.add("the rest of " + card.card().file());
      Optional<Detection> found =
          search(rule.anywhere(), everywhere(rule, card), Coverage.PRESENT, whereLooked);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (rule.sectionOnly() == Coverage.PRESENT) {
      Optional<Detection> section = sectionOnly(rule, scope, whereLooked);
      if (section.isPresent()) {
        return section.get();
      }
    }
    Optional<Detection> partial = search(rule.partial(), scope, Coverage.PARTIAL, whereLooked);
    if (partial.isPresent()) {
      return partial.get();
    }
    if (!rule.partialAnywhere().isEmpty()) {
      Optional<Detection> found =
          search(rule.partialAnywhere(), everywhere(rule, card), Coverage.PARTIAL, whereLooked);
      if (found.isPresent()) {
        return found.get();
      }
    }
    for (String key : rule.partialKeys()) {
      Optional<Node> value = card.metadata(key);
      if (value.isPresent() && !isEmpty(value.get())) {
        whereLooked.add("front matter key '" + key + "'");
        Evidence evidence =
            new Evidence("front matter '" + key + "'", shown(value.get()), value.get().source());
        return new Detection(Coverage.PARTIAL, List.of(evidence), whereLooked, "");
      }
    }
    return sectionOnly(rule, scope, whereLooked)
        .orElseGet(() -> new Detection(Coverage.MISSING, List.of(), whereLooked, ""));
  }

  /** The rule's {@code section_only} coverage when a section with its heading exists. */
  private static Optional<Detection> sectionOnly(
      DetectorRule.Text rule, List<SectionText> scope, List<String> whereLooked) {
    if (rule.sections().isEmpty() || scope.isEmpty() || rule.sectionOnly() == Coverage.MISSING) {
      return Optional.empty();
    }
    SectionText first = scope.get(0);
    Evidence heading =
        new Evidence(
            "section " + first.title(), first.section().heading(), first.section().source());
    return Optional.of(new Detection(rule.sectionOnly(), List.of(heading), whereLooked, ""));
  }

  /** The first match of any pattern (in pattern order) in the sections, as a detection. */
  private static Optional<Detection> search(
      List<TextPattern> patterns,
      List<SectionText> sections,
      Coverage coverage,
      List<String> whereLooked) {
    for (TextPattern pattern : patterns) {
      for (SectionText section : sections) {
        Optional<Evidence> found = section.find(pattern, () -> "text in " + section.title());
        if (found.isPresent()) {
          return Optional.of(new Detection(coverage, List.of(found.get()), whereLooked, ""));
        }
      }
    }
    return Optional.empty();
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

  private static List<SectionText> everywhere(DetectorRule.Text rule, CardView card) {
    List<SectionText> excluded =
        rule.excludeSections().isEmpty()
            ? List.of()
            : card.sectionsMatching(rule.excludeSections());
    return card.sections().stream()
        .filter(section -> !section.placeholder() && !excluded.contains(section))
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
      Evidence evidence = new Evidence("front matter '" + key + "'", shown, node.source());
      if (node instanceof Node.Mapping mapping && mapping.get("unknown").isPresent()) {
        if (mapping.text("unknown").filter(reason -> !reason.isBlank()).isEmpty()) {
          continue; // "unknown" without a reason does not count
        }
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

  private static List<TextPattern> patternsFor(DetectorRule.Text rule, Coverage coverage) {
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
