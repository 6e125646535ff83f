package dev.clearance.evidence;

import dev.clearance.check.Evidence;
import dev.clearance.document.Source;
import dev.clearance.dossier.CardSection;
import dev.clearance.policy.AnchorHits;
import dev.clearance.policy.TextPattern;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card section prepared for searching: its text with links and markup reduced, and the file line
 * where that text starts, so a match can be reported with its own line.
 *
 * @param section the section
 * @param text the searchable text (same line structure as the section's text)
 * @param firstLine the file line of the text's first line (0 for sections without lines)
 * @param placeholder whether the section holds only template placeholders
 * @param declaration whether the section is in the policy's declaration scope
 * @param excluded whether the section is in the policy's excluded scope
 * @param hits where the policy's text-pattern anchors occur in the text (see {@link TextPattern})
 */
public record SectionText(
    CardSection section,
    String text,
    int firstLine,
    boolean placeholder,
    boolean declaration,
    boolean excluded,
    AnchorHits hits) {

  public SectionText {
    java.util.Objects.requireNonNull(hits, "hits");
  }

  /** The policy's text-pattern anchors that occur in the text. */
  public Set<String> anchors() {
    return hits.present();
  }

  /**
   * The first match of a policy text pattern, as evidence with its line; patterns whose anchors do
   * not occur in this section are not run.
   */
  public Optional<Evidence> find(TextPattern pattern, String what) {
    return find(pattern, () -> what);
  }

  /** As {@link #find(TextPattern, String)}, the description made only for a match. */
  public Optional<Evidence> find(TextPattern pattern, Supplier<String> what) {
    int start = pattern.firstMatch(text, hits);
    if (start < 0) {
      return Optional.empty();
    }
    return Optional.of(new Evidence(what.get(), lineAround(start), sourceAt(start)));
  }

  /** The first match of {@code pattern} in this section, as evidence with its line. */
  public Optional<Evidence> find(Pattern pattern, String what) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(new Evidence(what, lineAround(matcher.start()), sourceAt(matcher.start())));
  }

  /** The source of the line holding character {@code offset} of {@link #text}. */
  public Source sourceAt(int offset) {
    Source heading = section.source();
    if (firstLine == 0) {
      return heading;
    }
    int line = firstLine;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new Source(heading.file(), line, heading.pointer());
  }

  /** The whole line of text around {@code offset}. */
  public String lineAround(int offset) {
    int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int end = text.indexOf('\n', offset);
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }

  /** The heading path for messages, or "text before the first heading". */
  public String title() {
    return section.level() == 0 ? "text before the first heading" : "'" + section.title() + "'";
  }
}
