package dev.clearance.params.internal;

import static dev.clearance.params.internal.SizeText.NUMBER;
import static dev.clearance.params.internal.SizeText.SCALE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes in card tables. A column headed "Params", "Parameters", "#Total Params" or "#Activated
 * Params" gives one size per row; when the card's own name picks out exactly one row (NB-Whisper
 * Small in a table of all NB-Whisper sizes), only that row counts. A row headed "# Parameters" in a
 * table that compares models counts only when exactly one cell is bold, the card's own model.
 * Headers that name a size ("2B Params") are benchmark columns, not size columns.
 */
public final class TableSizes {

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private static final Pattern PARAMETER_HEADER =
      Pattern.compile(
          "^(?:#\\s*|number of\\s+|no\\.?\\s+of\\s+)?"
              + "(?:(total|activated|active|backbone|non-embedding)\\s+)?"
              + "(?:params|parameters|parameter count|param count)$");
  private static final Pattern CELL_SIZE =
      Pattern.compile(
          "(?<![\\w.,])"
              + NUMBER
              + "(?:"
              + SCALE
              + ")?(?:\\s*\\(\\s*(total|activated|active)\\s*\\))?",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> COMMON_WORDS =
      Set.of("model", "card", "the", "and", "for", "of", "a", "an", "to", "in", "with", "by");

  private TableSizes() {}

  /**
   * @param ownName the card's own model name (title or front-matter name), to pick its row
   */
  public static List<SizeMention> find(CardText card, String ownName) {
    List<SizeMention> found = new ArrayList<>();
    // Size columns and size rows are headed by a cell naming parameters.
    for (CardTables.Table table : CardTables.find(card, "param")) {
      if (table.rows().size() < 2) {
        continue;
      }
      found.addAll(columns(card, table, ownName));
      found.addAll(boldRows(card, table));
    }
    return found;
  }

  private enum Kind {
    TOTAL,
    ACTIVE
  }

  private static Optional<Kind> headerKind(String text) {
    String header = text.toLowerCase(Locale.ROOT).strip();
    if (header.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    Matcher matcher = PARAMETER_HEADER.matcher(header);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String qualifier = matcher.group(1) == null ? "" : matcher.group(1);
    return Optional.of(qualifier.startsWith("activ") ? Kind.ACTIVE : Kind.TOTAL);
  }

  private record RowSize(List<CardTables.Cell> row, SizeMention mention) {}

  private static List<SizeMention> columns(CardText card, CardTables.Table table, String ownName) {
    List<CardTables.Cell> header = table.rows().get(0);
    Map<Integer, Kind> kinds = new java.util.TreeMap<>();
    for (int column = 0; column < header.size(); column++) {
      int index = column;
      headerKind(header.get(column).text()).ifPresent(kind -> kinds.put(index, kind));
    }
    if (kinds.isEmpty()) {
      return List.of();
    }
    List<RowSize> sized = new ArrayList<>();
    for (List<CardTables.Cell> row : table.rows().subList(1, table.rows().size())) {
      CellSize total = null;
      CellSize active = null;
      String totalHeader = "";
      for (Map.Entry<Integer, Kind> entry : kinds.entrySet()) {
        if (entry.getKey() >= row.size()) {
          continue;
        }
        Optional<CellSize> size = cellSize(row.get(entry.getKey()));
        if (size.isEmpty()) {
          continue;
        }
        if (entry.getValue() == Kind.ACTIVE) {
          active = size.get();
        } else {
          total = size.get();
          totalHeader = header.get(entry.getKey()).text();
          if (size.get().active().isPresent()) {
            active = new CellSize(size.get().active().get(), Optional.empty(), size.get().cell());
          }
        }
      }
      if (total == null) {
        continue;
      }
      OptionalLong activeCount =
          active == null ? OptionalLong.empty() : OptionalLong.of(active.size().value());
      sized.add(
          new RowSize(
              row,
              SizeMention.figure(
                  total.size(),
                  activeCount,
                  card.source(total.cell().line()),
                  "table column \"" + totalHeader + "\" says " + total.cell().text(),
                  "table:" + header.get(0).line())));
    }
    return ownRow(sized, ownName).stream().map(RowSize::mention).toList();
  }

  /** The row the card's own name picks out, or all rows when no name token is unique to one. */
  private static List<RowSize> ownRow(List<RowSize> rows, String ownName) {
    if (rows.size() < 2 || ownName.isBlank()) {
      return rows;
    }
    Map<String, Integer> rowsWithToken = new HashMap<>();
    List<Set<String>> rowTokens = new ArrayList<>();
    for (RowSize row : rows) {
      Set<String> tokens = tokens(rowText(row));
      rowTokens.add(tokens);
      tokens.forEach(token -> rowsWithToken.merge(token, 1, Integer::sum));
    }
    Set<String> nameTokens = tokens(ownName);
    List<RowSize> matching = new ArrayList<>();
    for (int index = 0; index < rows.size(); index++) {
      for (String token : rowTokens.get(index)) {
        if (nameTokens.contains(token) && rowsWithToken.get(token) == 1) {
          matching.add(rows.get(index));
          break;
        }
      }
    }
    return matching.size() == 1 ? matching : rows;
  }

  private static String rowText(RowSize row) {
    StringBuilder text = new StringBuilder();
    row.row().forEach(cell -> text.append(' ').append(cell.text()));
    return text.toString();
  }

  private static Set<String> tokens(String text) {
    Set<String> tokens = new java.util.HashSet<>();
    for (String token : NOT_ALPHANUMERIC.split(text.toLowerCase(Locale.ROOT))) {
      if (token.length() > 1 && !COMMON_WORDS.contains(token)) {
        tokens.add(token);
      }
    }
    return tokens;
  }

  /** Rows headed "# Parameters" / "# Active parameters" with exactly one bold size. */
  private static List<SizeMention> boldRows(CardText card, CardTables.Table table) {
    Map<Integer, CellSize> totals = new HashMap<>();
    Map<Integer, CellSize> actives = new HashMap<>();
    for (List<CardTables.Cell> row : table.rows()) {
      int first = firstNonEmpty(row);
      if (first < 0) {
        continue;
      }
      Optional<Kind> kind = headerKind(row.get(first).text());
      if (kind.isEmpty()) {
        continue;
      }
      int boldColumn = -1;
      CellSize bold = null;
      int boldCount = 0;
      for (int column = first + 1; column < row.size(); column++) {
        Optional<CellSize> size = cellSize(row.get(column));
        if (size.isPresent() && row.get(column).bold()) {
          boldCount++;
          boldColumn = column;
          bold = size.get();
        }
      }
      if (boldCount == 1) {
        (kind.get() == Kind.ACTIVE ? actives : totals).put(boldColumn, bold);
      }
    }
    List<SizeMention> found = new ArrayList<>();
    totals.forEach(
        (column, total) -> {
          CellSize active = actives.get(column);
          found.add(
              SizeMention.figure(
                  total.size(),
                  active == null ? OptionalLong.empty() : OptionalLong.of(active.size().value()),
                  card.source(total.cell().line()),
                  "table row of parameters, bold cell " + total.cell().text(),
                  "bold-row:" + total.cell().line()));
        });
    return found;
  }

  private static int firstNonEmpty(List<CardTables.Cell> row) {
    for (int column = 0; column < row.size(); column++) {
      if (!row.get(column).text().isBlank()) {
        return column;
      }
    }
    return -1;
  }

  private record CellSize(SizeText size, Optional<SizeText> active, CardTables.Cell cell) {}

  /**
   * The size a cell states: "8B", "39 M", "1B (1.23B)" (the precise one), "11B (10.6)" (the
   * parenthesis takes the unit before it), "17B (Activated) 109B (Total)" (total with active).
   */
  private static Optional<CellSize> cellSize(CardTables.Cell cell) {
    Matcher matcher = CELL_SIZE.matcher(cell.text());
    List<SizeText> sizes = new ArrayList<>();
    SizeText total = null;
    SizeText active = null;
    String unit = null;
    while (matcher.find()) {
      String scale = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      if (scale == null) {
        scale = unit;
      } else {
        unit = scale;
      }
      if (scale == null) {
        continue; // a bare number in a size cell is not a size
      }
      Optional<SizeText> size = SizeText.of(matcher.group(1), scale, matcher.group());
      if (size.isEmpty()) {
        continue;
      }
      String qualifier = matcher.group(4) == null ? "" : matcher.group(4).toLowerCase(Locale.ROOT);
      if (qualifier.startsWith("activ")) {
        active = size.get();
      } else if (qualifier.equals("total")) {
        total = size.get();
      } else {
        sizes.add(size.get());
      }
    }
    if (total != null) {
      return Optional.of(new CellSize(total, Optional.ofNullable(active), cell));
    }
    if (sizes.isEmpty()) {
      return Optional.empty();
    }
    SizeText precise = sizes.get(0);
    for (SizeText size : sizes) {
      if (size.significantDigits() > precise.significantDigits()
          && precise.isRoundingOf(size.value())) {
        precise = size;
      }
    }
    return Optional.of(new CellSize(precise, Optional.empty(), cell));
  }
}
