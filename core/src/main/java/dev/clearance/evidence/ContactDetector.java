package dev.clearance.evidence;

import dev.clearance.check.Coverage;
import dev.clearance.check.Evidence;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.policy.DetectorRule;
import dev.clearance.policy.TextPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DOC-4: a channel (e-mail, URL, security.txt) for vulnerability and safety reports. A line that
 * speaks of vulnerabilities, security or safety reports and names a channel is {@link
 * Coverage#PRESENT}; a general contact (feedback, questions, issues) with a channel is {@link
 * Coverage#PARTIAL}. A SECURITY.md or security.txt in the folder, or the front-matter key, is
 * present too.
 */
public final class ContactDetector {

  private static final TextPattern ANY_LINE = new TextPattern(Pattern.compile(""), Set.of());

  private ContactDetector() {}

  public static Detection detect(
      DetectorRule.Text rule, CardView card, List<String> securityContactFiles) {
    List<String> whereLooked = new ArrayList<>();
    whereLooked.add("front matter keys " + rule.keys() + " in " + card.card().file());
    for (String key : rule.keys()) {
      Optional<Node> value = card.metadata(key);
      if (value.isPresent() && !TextDetector.isEmpty(value.get())) {
        Evidence evidence =
            new Evidence(
                "front matter '" + key + "'",
                TextDetector.shown(value.get()),
                value.get().source());
        return new Detection(Coverage.PRESENT, List.of(evidence), whereLooked, "");
      }
    }
    whereLooked.add("SECURITY.md, security.txt, .well-known/security.txt in the model folder");
    if (!securityContactFiles.isEmpty()) {
      Evidence evidence =
          new Evidence(
              "security contact file",
              securityContactFiles.get(0),
              Source.ofFile(securityContactFiles.get(0)));
      return new Detection(Coverage.PRESENT, List.of(evidence), whereLooked, "");
    }
    whereLooked.add("every line of " + card.card().file() + " that names a channel");
    Optional<Evidence> security =
        lineWith(rule.present(), rule.extra(), card.sections(), "security contact");
    if (security.isPresent()) {
      return new Detection(Coverage.PRESENT, List.of(security.get()), whereLooked, "");
    }
    List<SectionText> contactSections = card.sectionsMatching(rule.sections());
    // Under a contact, feedback or community heading a channel alone is a general contact.
    Optional<Evidence> general =
        lineWith(List.of(ANY_LINE), rule.extra(), contactSections, "general contact");
    if (general.isPresent()) {
      return new Detection(
          Coverage.PARTIAL,
          List.of(general.get()),
          whereLooked,
          "only a general contact is named, not one for vulnerability or safety reports");
    }
    return new Detection(Coverage.MISSING, List.of(), whereLooked, "");
  }

  /** The first line matching one of {@code topics} that also names a channel. */
  private static Optional<Evidence> lineWith(
      List<TextPattern> topics,
      List<TextPattern> channels,
      List<SectionText> sections,
      String what) {
    for (SectionText section : sections) {
      if (section.placeholder()
          || !mayMatchAny(topics, section)
          || !mayMatchAny(channels, section)) {
        continue;
      }
      String text = section.text();
      int lineStart = 0;
      while (lineStart <= text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = text.length();
        }
        if (mayMatchWithin(topics, section, lineStart, lineEnd)
            && mayMatchWithin(channels, section, lineStart, lineEnd)) {
          String line = text.substring(lineStart, lineEnd);
          if (matchesAny(topics, line) && matchesAny(channels, line)) {
            return Optional.of(
                new Evidence(what + " in " + section.title(), line, section.sourceAt(lineStart)));
          }
        }
        lineStart = lineEnd + 1;
      }
    }
    return Optional.empty();
  }

  private static boolean mayMatchAny(List<TextPattern> patterns, SectionText section) {
    for (TextPattern pattern : patterns) {
      if (section.hits().mayHold(pattern)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code patterns} has an anchor inside the line {@code [start, end)}. */
  private static boolean mayMatchWithin(
      List<TextPattern> patterns, SectionText section, int start, int end) {
    for (TextPattern pattern : patterns) {
      if (section.hits().mayHoldWithin(pattern, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<TextPattern> patterns, String line) {
    for (TextPattern pattern : patterns) {
      if (pattern.regex().matcher(line).find()) {
        return true;
      }
    }
    return false;
  }
}
