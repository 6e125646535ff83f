package dev.clearance.dossier;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import java.util.List;
import java.util.Optional;

/**
 * A Hugging Face style model card: optional YAML front matter and markdown split into sections.
 *
 * @param file the card's path as shown to the user
 * @param frontMatter the YAML metadata block, if the card has one
 * @param sections the markdown sections in document order, the preamble first
 * @param lines every line of the file (index 0 is line 1)
 */
public record ModelCard(
    String file,
    Optional<Node.Mapping> frontMatter,
    List<CardSection> sections,
    List<String> lines) {

  public ModelCard {
    sections = List.copyOf(sections);
    lines = List.copyOf(lines);
  }

  /** The front matter, or an empty mapping when the card has none. */
  public Node.Mapping metadata() {
    return frontMatter.orElseGet(() -> new Node.Mapping(java.util.Map.of(), Source.ofFile(file)));
  }

  public String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}
