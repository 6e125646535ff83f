package dev.clearance.bench;

import org.commonmark.parser.Parser;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The reference of the check/parse ratio (issue 3): a model card parsed by the two libraries as a
 * program that only parses would call them, with their defaults. The front matter between the
 * opening {@code ---} line and the next {@code ---} or {@code ...} line is loaded by
 * snakeyaml-engine's {@link Load}; the rest is parsed by commonmark's {@link Parser}, blocks and
 * inlines. Nothing is checked, limited or kept.
 *
 * <p>Clearance's own reader ({@code ModelCardReader}) does less markdown work than this: it parses
 * inline markup only in section titles, since section text is taken from the file's lines.
 */
final class BareParse {

  private final LoadSettings yamlSettings = LoadSettings.builder().build();
  private final Parser markdown = Parser.builder().build();

  /**
   * Parses one card's text and returns a number that depends on the result, so the work cannot be
   * left out.
   */
  long parse(String text) {
    int bodyStart = 0;
    Object metadata = null;
    if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
      int yamlStart = text.indexOf('\n') + 1;
      int lineStart = yamlStart;
      while (lineStart < text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        int next = lineEnd < 0 ? text.length() : lineEnd + 1;
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (line.equals("---") || line.equals("...")) {
          metadata = loadYaml(text.substring(yamlStart, lineStart));
          bodyStart = next;
          break;
        }
        lineStart = next;
      }
    }
    org.commonmark.node.Node document = markdown.parse(text.substring(bodyStart));
    return (metadata == null ? 0 : 1) + (document.getFirstChild() == null ? 0 : 2);
  }

  private Object loadYaml(String yaml) {
    try {
      return new Load(yamlSettings).loadFromString(yaml);
    } catch (RuntimeException malformed) {
      return malformed; // a card the check refuses; parsing it ends here too
    }
  }
}
