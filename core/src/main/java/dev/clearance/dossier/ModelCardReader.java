package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.document.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a model card: splits off YAML front matter (between {@code ---} lines at the top), reads it
 * with {@link YamlReader}, and splits the markdown body into {@link CardSection}s with commonmark.
 */
public final class ModelCardReader {

  static final int PSEUDO_HEADING_LEVEL = 7;

  private final YamlReader yaml;
  private final Parser markdown;

  public ModelCardReader(InputLimits limits) {
    this.yaml = new YamlReader(limits);
    this.markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  }

  /**
   * Reads a card from its text (already decoded; CRLF and a BOM are accepted).
   *
   * @throws InputException for unterminated or malformed front matter, or front matter that is not
   *     a mapping
   */
  public ModelCard read(String file, String text) throws InputException {
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = List.of(normalized.split("\n", -1));
    Optional<Node.Mapping> frontMatter = Optional.empty();
    int bodyStart = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      int end = closingFence(lines);
      if (end < 0) {
        throw new InputException(
            file,
            1,
            "front matter opened with '---' on line 1 is never closed",
            "add a line '---' after the YAML metadata");
      }
      String yamlText = String.join("\n", lines.subList(1, end));
      Node node = yaml.read(file, yamlText, 1);
      if (!(node instanceof Node.Mapping mapping)) {
        throw new InputException(
            file,
            2,
            "front matter is not a mapping of keys to values",
            "write the metadata as 'key: value' lines");
      }
      frontMatter = Optional.of(mapping);
      bodyStart = end + 1;
    }
    List<CardSection> sections = sections(file, lines, bodyStart);
    return new ModelCard(file, frontMatter, sections, lines);
  }

  private static int closingFence(List<String> lines) {
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        return i;
      }
    }
    return -1;
  }

  private List<CardSection> sections(String file, List<String> lines, int bodyStart) {
    String body = String.join("\n", lines.subList(bodyStart, lines.size()));
    List<HeadingAt> headings = new ArrayList<>();
    markdown.parse(body).accept(new HeadingCollector(headings, bodyStart));
    List<CardSection> sections = new ArrayList<>();
    List<HeadingAt> open = new ArrayList<>();
    int previousEnd = bodyStart; // 0-based index of the first body line
    String previousHeading = "";
    int previousLevel = 0;
    int previousLine = bodyStart + 1;
    List<String> previousPath = List.of();
    for (HeadingAt heading : headings) {
      int textFrom = previousLevel == 0 ? previousEnd : previousLine; // skip the heading line
      sections.add(
          section(
              file,
              lines,
              previousHeading,
              previousLevel,
              previousPath,
              previousLine,
              textFrom,
              heading.line - 1,
              previousLevel == PSEUDO_HEADING_LEVEL));
      while (!open.isEmpty() && open.get(open.size() - 1).level >= heading.level) {
        open.remove(open.size() - 1);
      }
      open.add(heading);
      previousHeading = heading.text;
      previousLevel = heading.level;
      previousLine = heading.line;
      previousPath = open.stream().map(h -> h.text).toList();
    }
    int textFrom = previousLevel == 0 ? previousEnd : previousLine;
    sections.add(
        section(
            file,
            lines,
            previousHeading,
            previousLevel,
            previousPath,
            previousLine,
            textFrom,
            lines.size(),
            previousLevel == PSEUDO_HEADING_LEVEL));
    return sections;
  }

  /** {@code fromIndex} and {@code toIndex} are 0-based line indexes, end exclusive. */
  private static CardSection section(
      String file,
      List<String> lines,
      String heading,
      int level,
      List<String> path,
      int line,
      int fromIndex,
      int toIndex,
      boolean pseudo) {
    int from = pseudo ? fromIndex - 1 : fromIndex; // a bold label's paragraph is its own text
    from = Math.max(0, Math.min(from, lines.size()));
    int to = Math.max(from, Math.min(toIndex, lines.size()));
    String text = String.join("\n", lines.subList(from, to));
    return new CardSection(
        heading, level, path, Source.ofLine(file, level == 0 ? from + 1 : line), to, text);
  }

  private record HeadingAt(String text, int level, int line) {}

  /** Collects markdown headings and bold-label paragraphs with their 1-based file lines. */
  private static final class HeadingCollector extends AbstractVisitor {
    private final List<HeadingAt> headings;
    private final int lineOffset;

    HeadingCollector(List<HeadingAt> headings, int lineOffset) {
      this.headings = headings;
      this.lineOffset = lineOffset;
    }

    @Override
    public void visit(Heading heading) {
      String text = plainText(heading);
      if (!text.isBlank() && !heading.getSourceSpans().isEmpty()) {
        int line = heading.getSourceSpans().get(0).getLineIndex() + 1 + lineOffset;
        headings.add(new HeadingAt(text, heading.getLevel(), line));
      }
    }

    @Override
    public void visit(Paragraph paragraph) {
      if (paragraph.getFirstChild() instanceof StrongEmphasis strong
          && !paragraph.getSourceSpans().isEmpty()) {
        String label = plainText(strong).replaceAll("[:.]+$", "").strip();
        if (!label.isEmpty() && label.length() <= 80) {
          int line = paragraph.getSourceSpans().get(0).getLineIndex() + 1 + lineOffset;
          headings.add(new HeadingAt(label, PSEUDO_HEADING_LEVEL, line));
        }
      }
    }

    private static String plainText(org.commonmark.node.Node node) {
      StringBuilder text = new StringBuilder();
      node.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
              text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
              text.append(code.getLiteral());
            }
          });
      return text.toString().replaceAll("\\s+", " ").strip();
    }
  }
}
