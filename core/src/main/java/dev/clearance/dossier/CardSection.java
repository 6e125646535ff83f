package dev.clearance.dossier;

import dev.clearance.document.Source;
import java.util.List;

/**
 * A part of a model card's markdown: a heading and the lines up to the next heading. Level 1 to 6
 * are markdown headings; level 7 is a paragraph that opens with a bold label ({@code **License**
 * ...}), as many official cards write their fields. The preamble before the first heading has level
 * 0 and an empty heading.
 *
 * @param heading the heading text without markup
 * @param path the headings above this one and this one, outermost first
 * @param source where the heading is: file and 1-based line (markdown), or a JSON pointer (a
 *     section made from a CycloneDX model card)
 * @param endLine the last file line that belongs to this section's own text
 * @param text the section's own text (without the heading line and without subsections)
 */
public record CardSection(
    String heading, int level, List<String> path, Source source, int endLine, String text) {

  public CardSection {
    path = List.copyOf(path);
  }

  public int line() {
    return source.line();
  }

  /** The headings above and this one, joined with " > ", for messages. */
  public String title() {
    return String.join(" > ", path);
  }
}
