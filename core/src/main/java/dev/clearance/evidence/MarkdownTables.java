package dev.clearance.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds pipe tables in markdown text: header cells and, per column, whether rows hold numbers. */
final class MarkdownTables {

  private static final Pattern SEPARATOR =
      Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

  /**
   * A table header cell.
   *
   * @param offset character offset of the header line in the text
   * @param numeric whether any body row has a number in this column
   */
  record Column(String header, int offset, boolean numeric) {}

  private MarkdownTables() {}

  static List<Column> columns(String text) {
    List<Column> columns = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int offset = 0;
    for (int i = 0; i < lines.length; i++) {
      if (i + 1 < lines.length
          && lines[i].contains("|")
          && SEPARATOR.matcher(lines[i + 1]).matches()) {
        List<String> headers = cells(lines[i]);
        List<boolean[]> numeric = new ArrayList<>();
        boolean[] anyNumber = new boolean[headers.size()];
        for (int row = i + 2; row < lines.length && lines[row].contains("|"); row++) {
          List<String> cells = cells(lines[row]);
          for (int column = 0; column < Math.min(cells.size(), headers.size()); column++) {
            if (Numbers.hasScore(cells.get(column))) {
              anyNumber[column] = true;
            }
          }
        }
        numeric.add(anyNumber);
        for (int column = 0; column < headers.size(); column++) {
          columns.add(new Column(headers.get(column), offset, anyNumber[column]));
        }
      }
      offset += lines[i].length() + 1;
    }
    return columns;
  }

  static List<String> cells(String line) {
    String trimmed = line.strip();
    if (trimmed.startsWith("|")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.endsWith("|")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String cell : trimmed.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }
}
