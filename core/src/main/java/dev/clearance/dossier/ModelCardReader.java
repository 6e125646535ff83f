package dev.clearance.dossier;

import dev.clearance.document.InputException;
import dev.clearance.document.InputLimits;
import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.document.YamlReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a model card: splits off YAML front matter (between {@code ---} lines at the top, closed by
 * {@code ---} or {@code ...}), reads it with {@link YamlReader}, and splits the markdown body into
 * {@link CardSection}s with commonmark. Line numbers are lines of the file as written: a UTF-8
 * byte-order mark and CRLF or CR line ends are accepted.
 *
 * <p>Safe to share between threads: neither commonmark's parser nor {@link YamlReader} keeps state
 * between reads.
 */
public final class ModelCardReader {

  static final int PSEUDO_HEADING_LEVEL = 7;

  /**
   * Longest card, in characters, whatever {@link InputLimits#maxFileBytes()} allows: real cards are
   * under 100 KB, and markdown block parsing of hostile text costs up to about a second and 150 MB
   * per MiB.
   */
  static final int MAX_CARD_CHARS = 2 * 1024 * 1024;

  /** Most lines that may start a section (headings, setext underlines, bold labels). */
  static final int MAX_TITLE_LINES = 10_000;

  private final InputLimits limits;
  private final YamlReader yaml;
  private final Parser markdown;

  public ModelCardReader(InputLimits limits) {
    this.limits = limits;
    this.yaml = new YamlReader(limits);
    this.markdown =
        Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(new TitleInlines())
            .build();
  }

  /**
   * Reads a card from its text (already decoded; CRLF and a BOM are accepted).
   *
   * @param file the name shown in errors and in every {@link dev.clearance.document.Source}
   * @param text the card's text
   * @return the card, with a preamble section first (level 0, possibly empty)
   * @throws InputException for unterminated or malformed front matter, front matter that is not a
   *     mapping, text longer than {@link InputLimits#maxFileBytes()} or {@link #MAX_CARD_CHARS}, or
   *     more than {@link #MAX_TITLE_LINES} lines that start a section
   */
  public ModelCard read(String file, String text) throws InputException {
    long maxChars = Math.min(limits.maxFileBytes(), MAX_CARD_CHARS);
    if (text.length() > maxChars) {
      throw new InputException(
          file,
          0,
          "card of %d characters is larger than the limit of %d".formatted(text.length(), maxChars),
          "a model card is prose; move large tables or logs to separate files (see"
              + " docs/input-limits.md)");
    }
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = List.of(normalized.split("\n", -1));
    Joiner joiner = new Joiner(normalized, lines);
    Optional<Node.Mapping> frontMatter = Optional.empty();
    int bodyStart = 0;
    if (lines.get(0).strip().equals("---")) {
      int end = closingFence(lines);
      if (end < 0) {
        throw new InputException(
            file,
            1,
            "front matter opened with '---' on line 1 is never closed",
            "add a line '---' after the YAML metadata");
      }
      frontMatter = Optional.of(frontMatter(file, joiner.join(1, end)));
      bodyStart = end + 1;
    }
    return new ModelCard(file, frontMatter, sections(file, lines, joiner, bodyStart), lines);
  }

  private Node.Mapping frontMatter(String file, String yamlText) throws InputException {
    Node node = yaml.read(file, yamlText, 1);
    if (node instanceof Node.Mapping mapping) {
      return mapping;
    }
    String found = node instanceof Node.Sequence ? "a list" : "a single value";
    throw new InputException(
        file,
        Math.max(node.source().line(), 2),
        "front matter is %s, not a mapping of keys to values".formatted(found),
        "write the metadata as 'key: value' lines, e.g. 'license: apache-2.0'");
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

  /** Refuses bodies with more possible section titles than {@link #MAX_TITLE_LINES}. */
  private static void checkTitleLines(String file, List<String> lines, int bodyStart)
      throws InputException {
    int titles = 0;
    for (int i = bodyStart; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean title =
          line.startsWith("#")
              || line.startsWith("**")
              || line.startsWith("__")
              || isSetextUnderline(line);
      if (title && ++titles > MAX_TITLE_LINES) {
        throw new InputException(
            file,
            i + 1,
            "more than %d lines that start a section (headings or bold labels)"
                .formatted(MAX_TITLE_LINES),
            "split the card; see docs/input-limits.md");
      }
    }
  }

  /**
   * Whether the stripped line is {@code =+\s*|-+\s*}: a run of '=' or of '-'. Stripping left no
   * white space at the end, so the line is that one character throughout.
   */
  static boolean isSetextUnderline(String stripped) {
    if (stripped.isEmpty() || (stripped.charAt(0) != '=' && stripped.charAt(0) != '-')) {
      return false;
    }
    char mark = stripped.charAt(0);
    for (int i = 1; i < stripped.length(); i++) {
      if (stripped.charAt(i) != mark) {
        return false;
      }
    }
    return true;
  }

  /** Splits the body (from 0-based line {@code bodyStart}) at headings and bold labels. */
  private List<CardSection> sections(String file, List<String> lines, Joiner joiner, int bodyStart)
      throws InputException {
    checkTitleLines(file, lines, bodyStart);
    String body = joiner.join(bodyStart, lines.size());
    List<CardHeadings.Marker> markers =
        new ArrayList<>(CardHeadings.collect(markdown.parse(body), bodyStart));
    markers.sort(Comparator.comparingInt(CardHeadings.Marker::line));
    List<CardSection> sections = new ArrayList<>();
    int firstMarkerIndex = markers.isEmpty() ? lines.size() : markers.get(0).line() - 1;
    int preambleLine = Math.min(bodyStart + 1, lines.size());
    sections.add(
        new CardSection(
            "",
            0,
            List.of(),
            Source.ofLine(file, preambleLine),
            firstMarkerIndex,
            joiner.join(bodyStart, firstMarkerIndex)));
    List<CardHeadings.Marker> open = new ArrayList<>();
    for (int i = 0; i < markers.size(); i++) {
      CardHeadings.Marker marker = markers.get(i);
      while (!open.isEmpty() && open.get(open.size() - 1).level() >= marker.level()) {
        open.remove(open.size() - 1);
      }
      open.add(marker);
      int endIndex = i + 1 < markers.size() ? markers.get(i + 1).line() - 1 : lines.size();
      int from = Math.min(marker.textFromIndex(), endIndex);
      sections.add(
          new CardSection(
              marker.text(),
              marker.level(),
              open.stream().map(CardHeadings.Marker::text).toList(),
              Source.ofLine(file, marker.line()),
              endIndex,
              joiner.join(from, endIndex)));
    }
    return sections;
  }

  /**
   * Runs of a text's lines joined with newlines, taken out of the text they were split from instead
   * of joined again: the text has only '\n' line breaks, so lines {@code from} to {@code to} joined
   * with '\n' are the text between where the first begins and where the last ends.
   */
  private static final class Joiner {
    private final String text;

    /** Where each line begins, and one more: where a line after the last would begin. */
    private final int[] starts;

    Joiner(String text, List<String> lines) {
      this.text = text;
      this.starts = new int[lines.size() + 1];
      for (int index = 0; index < lines.size(); index++) {
        starts[index + 1] = starts[index] + lines.get(index).length() + 1;
      }
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive), 0-based, joined with newlines. */
    String join(int from, int to) {
      int lineCount = starts.length - 1;
      int start = Math.max(0, Math.min(from, lineCount));
      int end = Math.max(start, Math.min(to, lineCount));
      return start == end ? "" : text.substring(starts[start], starts[end] - 1);
    }
  }
}
