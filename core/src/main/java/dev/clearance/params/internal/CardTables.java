package dev.clearance.params.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of a card's body, markdown pipe tables and HTML {@code <table>}s, as rows of cells
 * that keep their file line. HTML {@code rowspan} and {@code colspan} are expanded so that every
 * row has its cells under the right header.
 */
public final class CardTables {

  private static final Pattern BOLD_TAG =
      Pattern.compile("<(strong|b)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * One cell; its plain text is worked out when first asked for (most cells are never read).
   *
   * <p>{@code raw} is the markup as written (to see bold), {@code text} the plain text, {@code
   * line} the 1-based file line.
   */
  public static final class Cell {
    private final String raw;
    private final int line;
    private String text;

    public Cell(String raw, int line) {
      this.raw = java.util.Objects.requireNonNull(raw, "raw");
      this.line = line;
    }

    public String raw() {
      return raw;
    }

    /** The plain text ({@link CardText#clean}). */
    public String text() {
      String plain = text;
      if (plain == null) {
        plain = CardText.clean(raw);
        text = plain;
      }
      return plain;
    }

    public int line() {
      return line;
    }

    public boolean bold() {
      return raw.contains("**") || raw.contains("__") || BOLD_TAG.matcher(raw).find();
    }
  }

  /** A table; the first row is the header. */
  public record Table(List<List<Cell>> rows) {
    public Table {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  private static final Pattern SEPARATOR =
      Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?$");
  private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<\\s{0,20}(/?)\\s{0,20}(table|tr|td|th)\\b([^>]{0,500})>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPAN =
      Pattern.compile("(rowspan|colspan)\\s*=\\s*[\"']?(\\d{1,3})", Pattern.CASE_INSENSITIVE);

  private CardTables() {}

  /**
   * The card's tables that may hold {@code lowerAscii} (lower-case ASCII letters) in a cell's text,
   * ignoring case ({@link CardText#mayContain}); tables that cannot are not split into cells.
   */
  public static List<Table> find(CardText card, String lowerAscii) {
    if (!anyLineMayContain(card, card.bodyStart(), card.lines().size(), lowerAscii)) {
      return List.of();
    }
    List<Table> tables = new ArrayList<>(markdown(card, lowerAscii));
    tables.addAll(html(card));
    return tables;
  }

  private static boolean anyLineMayContain(CardText card, int from, int to, String lowerAscii) {
    for (int index = from; index < to; index++) {
      if (card.isProseLine(index) && card.mayContain(index, lowerAscii)) {
        return true;
      }
    }
    return false;
  }

  private static List<Table> markdown(CardText card, String lowerAscii) {
    List<String> lines = card.lines();
    List<Table> tables = new ArrayList<>();
    for (int index = card.bodyStart(); index + 1 < lines.size(); index++) {
      if (!card.isProseLine(index)
          || !lines.get(index).contains("|")
          || !SEPARATOR.matcher(lines.get(index + 1).strip()).matches()) {
        continue;
      }
      int end = index + 2;
      while (end < lines.size()
          && card.isProseLine(end)
          && lines.get(end).contains("|")
          && !lines.get(end).isBlank()) {
        end++;
      }
      if (anyLineMayContain(card, index, end, lowerAscii)) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(pipeCells(lines.get(index), index + 1));
        for (int row = index + 2; row < end; row++) {
          rows.add(pipeCells(lines.get(row), row + 1));
        }
        tables.add(new Table(rows));
      }
      index = end - 1;
    }
    return tables;
  }

  private static List<Cell> pipeCells(String line, int number) {
    String body = line.strip();
    if (body.startsWith("|")) {
      body = body.substring(1);
    }
    if (body.endsWith("|") && !body.endsWith("\\|")) {
      body = body.substring(0, body.length() - 1);
    }
    List<Cell> cells = new ArrayList<>();
    for (String raw : PIPE.split(body, -1)) {
      cells.add(new Cell(raw, number));
    }
    return cells;
  }

  private static List<Table> html(CardText card) {
    if (!card.mayHoldHtmlTable()) {
      return List.of(); // every table starts with a <table> tag
    }
    List<String> lines = card.lines();
    int proseLines = 0;
    int length = 0;
    for (int index = card.bodyStart(); index < lines.size(); index++) {
      if (card.isProseLine(index)) {
        proseLines++;
        length += lines.get(index).length() + 1;
      }
    }
    StringBuilder text = new StringBuilder(length);
    int[] starts = new int[proseLines];
    int[] numbers = new int[proseLines];
    int prose = 0;
    for (int index = card.bodyStart(); index < lines.size(); index++) {
      if (card.isProseLine(index)) {
        starts[prose] = text.length();
        numbers[prose++] = index + 1;
        text.append(lines.get(index)).append('\n');
      }
    }
    List<Table> tables = new ArrayList<>();
    HtmlBuilder builder = null;
    String body = text.toString();
    Matcher tag = HTML_TAG.matcher(body);
    int contentStart = -1;
    int from = 0;
    while (nextTag(body, tag, from)) {
      from = tag.end();
      if (builder != null && contentStart >= 0) {
        builder.endCell(
            body.substring(contentStart, tag.start()), lineOf(starts, numbers, contentStart));
        contentStart = -1;
      }
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      boolean closing = !tag.group(1).isEmpty();
      switch (name) {
        case "table" -> {
          if (closing && builder != null) {
            builder.endRow();
            tables.add(new Table(builder.rows));
            builder = null;
          } else if (!closing) {
            builder = new HtmlBuilder();
          }
        }
        case "tr" -> {
          if (builder != null) {
            builder.endRow();
          }
        }
        default -> {
          if (builder != null && !closing) {
            builder.startCell(span(tag.group(3), "rowspan"), span(tag.group(3), "colspan"));
            contentStart = tag.end();
          }
        }
      }
    }
    return tables;
  }

  /**
   * The next tag at or after {@code from}, as {@code tag.find()} would give it: every tag starts
   * with '<', so only those positions are tried.
   */
  private static boolean nextTag(String text, Matcher tag, int from) {
    int length = text.length();
    for (int at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
      if (tag.region(at, length).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static int span(String attributes, String name) {
    Matcher matcher = SPAN.matcher(attributes);
    while (matcher.find()) {
      if (matcher.group(1).equalsIgnoreCase(name)) {
        return Math.max(1, Math.min(20, Integer.parseInt(matcher.group(2))));
      }
    }
    return 1;
  }

  private static int lineOf(int[] starts, int[] numbers, int offset) {
    int low = 0;
    int high = starts.length - 1;
    int found = 0;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (starts[middle] <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return numbers.length == 0 ? 0 : numbers[found];
  }

  /** Assembles HTML rows, carrying cells that span rows down into the following rows. */
  private static final class HtmlBuilder {
    final List<List<Cell>> rows = new ArrayList<>();
    final Map<Integer, Carried> carried = new HashMap<>();
    List<Cell> row = new ArrayList<>();
    int rowSpan = 1;
    int columnSpan = 1;

    record Carried(Cell cell, int remaining) {}

    void startCell(int rows, int columns) {
      rowSpan = rows;
      columnSpan = columns;
    }

    void endCell(String raw, int line) {
      String trimmed = raw.strip();
      int leading = raw.indexOf(trimmed.isEmpty() ? raw : trimmed);
      int lineBreaks =
          (int) raw.substring(0, Math.max(0, leading)).chars().filter(c -> c == '\n').count();
      Cell cell = new Cell(trimmed, line + lineBreaks);
      fillCarried();
      for (int copy = 0; copy < columnSpan; copy++) {
        if (rowSpan > 1) {
          carried.put(row.size(), new Carried(cell, rowSpan - 1));
        }
        row.add(cell);
      }
    }

    void endRow() {
      if (row.isEmpty() && carried.isEmpty()) {
        return;
      }
      if (!row.isEmpty()) {
        fillCarried();
        while (carried.containsKey(row.size())) {
          take(row.size());
        }
        rows.add(row);
      }
      row = new ArrayList<>();
    }

    private void fillCarried() {
      while (carried.containsKey(row.size()) && carried.get(row.size()).remaining() > 0) {
        take(row.size());
      }
    }

    private void take(int column) {
      Carried carry = carried.get(column);
      row.add(carry.cell());
      if (carry.remaining() <= 1) {
        carried.remove(column);
      } else {
        carried.put(column, new Carried(carry.cell(), carry.remaining() - 1));
      }
    }
  }
}
