package dev.clearance.evidence;

import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.document.Node;
import dev.clearance.policy.DetectorRule;
import dev.clearance.policy.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DOC-3: a named license (front-matter {@code license}, {@code license_name} or a license named in
 * the text) and stated permitted or prohibited uses. Both give {@link Coverage#PRESENT}; a license
 * without stated uses is {@link Coverage#PARTIAL}; without a named license it is missing.
 */
public final class LicenseDetector {

  private static final Set<String> UNNAMED = Set.of("other", "unknown", "none", "");

  private LicenseDetector() {}

  public static Detection detect(DetectorRule.Text rule, CardView card) {
    List<String> whereLooked = new ArrayList<>();
    whereLooked.add("front matter keys " + rule.keys() + " in " + card.card().file());
    Optional<Evidence> named = namedInMetadata(rule, card);
    List<SectionText> scope = TextDetector.scope(rule, card);
    whereLooked.add(
        scope.isEmpty()
            ? "license and use sections of " + card.card().file() + " (none found)"
            : "sections "
                + String.join(", ", scope.stream().limit(5).map(SectionText::title).toList()));
    if (named.isEmpty()) {
      named = first(rule.extra(), card.sections(), "license named in the text");
    }
    Optional<Evidence> uses = first(rule.present(), scope, "stated use restrictions");
    List<Evidence> evidence = new ArrayList<>();
    named.ifPresent(evidence::add);
    uses.ifPresent(evidence::add);
    if (named.isPresent() && uses.isPresent()) {
      return new Detection(Coverage.PRESENT, evidence, whereLooked, "");
    }
    if (named.isPresent()) {
      return new Detection(
          Coverage.PARTIAL,
          evidence,
          whereLooked,
          "a license is named, but no permitted or prohibited uses are stated");
    }
    return new Detection(Coverage.MISSING, evidence, whereLooked, "no license is named");
  }

  private static Optional<Evidence> namedInMetadata(DetectorRule.Text rule, CardView card) {
    for (String key : rule.keys()) {
      Optional<Node> value = card.metadata(key);
      if (value.isPresent() && value.get() instanceof Node.Scalar scalar && !scalar.isNull()) {
        String text = scalar.text().strip().toLowerCase(java.util.Locale.ROOT);
        if (!UNNAMED.contains(text)) {
          return Optional.of(
              new Evidence("front matter '" + key + "'", scalar.text(), scalar.source()));
        }
      }
    }
    return Optional.empty();
  }

  static Optional<Evidence> first(
      List<TextPattern> patterns, List<SectionText> sections, String what) {
    for (SectionText section : sections) {
      if (section.placeholder()) {
        continue;
      }
      for (TextPattern pattern : patterns) {
        Optional<Evidence> found = section.find(pattern, () -> what + " in " + section.title());
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
