package dev.clearance.card;

import dev.clearance.dossier.CardSection;
import dev.clearance.dossier.ModelCard;

/**
 * Writes a {@link ModelCard} as a Hugging Face model card: YAML front matter between {@code ---}
 * lines, then each section as a markdown heading of its level followed by its text. Sections of
 * level 0 (a preamble) and 7 (a paragraph opening with a bold label, whose text holds the label)
 * are written as their text. Reading the result with {@link dev.clearance.dossier.ModelCardReader}
 * gives back the same front matter values and the same sections (headings, levels, texts without
 * leading and trailing blank lines).
 */
public final class HuggingFaceCardWriter {

  private static final int PSEUDO_HEADING_LEVEL = 7;

  /** The card as markdown with front matter, ending with a line break. */
  public String write(ModelCard card) {
    StringBuilder markdown = new StringBuilder();
    card.frontMatter()
        .filter(mapping -> !mapping.entries().isEmpty())
        .ifPresent(
            mapping ->
                markdown.append("---\n").append(FrontMatterYaml.write(mapping)).append("---\n"));
    for (CardSection section : card.sections()) {
      String text = trimBlankLines(section.text());
      if (section.level() >= 1 && section.level() < PSEUDO_HEADING_LEVEL) {
        markdown.append('\n').append("#".repeat(section.level())).append(' ');
        markdown.append(escapeHeading(section.heading())).append('\n');
      }
      if (!text.isEmpty()) {
        markdown.append('\n').append(text).append('\n');
      }
    }
    return markdown.toString();
  }

  /** Escapes what markdown would read as inline markup or a closing {@code #} sequence. */
  static String escapeHeading(String heading) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < heading.length(); i++) {
      char character = heading.charAt(i);
      boolean intraword =
          i > 0
              && i < heading.length() - 1
              && Character.isLetterOrDigit(heading.charAt(i - 1))
              && Character.isLetterOrDigit(heading.charAt(i + 1));
      if ("\\`*[]<".indexOf(character) >= 0
          || (character == '_' && !intraword)
          || (character == '#' && i == heading.length() - 1)) {
        escaped.append('\\');
      }
      escaped.append(character);
    }
    return escaped.toString();
  }

  static String trimBlankLines(String text) {
    String[] lines = text.split("\n", -1);
    int from = 0;
    int to = lines.length;
    while (from < to && lines[from].isBlank()) {
      from++;
    }
    while (to > from && lines[to - 1].isBlank()) {
      to--;
    }
    return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
  }
}
