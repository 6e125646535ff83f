package dev.clearance.cyclonedx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes a list of CycloneDX strings as the text of one markdown section and reads it back.
 *
 * <p>Several short one-line items are written as a bullet list; anything else is written as blocks
 * separated by a line {@value #SEPARATOR} (an HTML comment, invisible when the card is shown). A
 * single item is written as it is. Reading splits on the separator, or on a bullet list of short
 * one-line items, and otherwise keeps the whole text as one item, so that any hand-written section
 * is one item whose text is kept exactly.
 */
final class ItemText {

  static final String SEPARATOR = "<!-- item -->";

  private static final Pattern SIMPLE = Pattern.compile("[\\p{L}\\p{N}(\"'\\[][^\\n]*");

  private ItemText() {}

  /** The items of a section text (empty for a blank text). */
  static List<String> parse(String text) {
    String trimmed = trimBlankLines(text);
    if (trimmed.isEmpty()) {
      return List.of();
    }
    List<String> lines = List.of(trimmed.split("\n", -1));
    if (lines.contains(SEPARATOR)) {
      List<String> items = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : lines) {
        if (line.equals(SEPARATOR)) {
          addItem(items, current.toString());
          current.setLength(0);
        } else {
          current.append(line).append('\n');
        }
      }
      addItem(items, current.toString());
      return items;
    }
    if (lines.size() >= 2
        && lines.stream().allMatch(line -> line.startsWith("- ") && isSimple(line.substring(2)))) {
      return lines.stream().map(line -> line.substring(2)).toList();
    }
    return List.of(trimmed);
  }

  private static void addItem(List<String> items, String text) {
    String item = trimBlankLines(text);
    if (!item.isEmpty()) {
      items.add(item);
    }
  }

  /** The section text for some items; {@code parse(render(items))} gives the items back. */
  static String render(List<String> items) {
    List<String> kept = items.stream().map(ItemText::trimBlankLines).toList();
    if (kept.isEmpty()) {
      return "";
    }
    if (kept.size() == 1 && parse(kept.get(0)).equals(kept)) {
      return kept.get(0);
    }
    if (kept.size() >= 2 && kept.stream().allMatch(ItemText::isSimple)) {
      return "- " + String.join("\n- ", kept);
    }
    String blocks = String.join("\n\n" + SEPARATOR + "\n\n", kept);
    return kept.size() == 1 ? blocks + "\n\n" + SEPARATOR : blocks;
  }

  /**
   * The text of a section holding these items, as the reader writes it: one item of labelled lines
   * ({@code oneAsIs}) as it is, anything else through {@link #render}.
   */
  static String sectionText(List<String> items, boolean oneAsIs) {
    return oneAsIs && items.size() == 1 ? items.get(0) : render(items);
  }

  /**
   * Decodes a section text into values of one field, so that {@code sectionText} of the values'
   * texts gives the section text back. Each item becomes {@code read(item)} when that writes back
   * to the same text, otherwise {@code opaque(item)}; failing that the whole text is read as one
   * value, or kept as one opaque value. Returns empty when nothing writes back (the field cannot
   * hold the text; {@code opaque} returns null for fields that have no opaque form).
   */
  static <T> Optional<List<T>> decode(
      String text,
      Function<String, T> read,
      Function<T, String> write,
      Function<String, T> opaque,
      boolean oneAsIs) {
    String trimmed = trimBlankLines(text);
    List<T> values = new ArrayList<>();
    for (String item : parse(trimmed)) {
      T value = read.apply(item);
      if (value == null || !write.apply(value).equals(item)) {
        value = opaque.apply(item);
      }
      if (value == null) {
        values = null;
        break;
      }
      values.add(value);
    }
    if (values != null
        && sectionText(values.stream().map(write).toList(), oneAsIs).equals(trimmed)) {
      return Optional.of(values);
    }
    for (Function<String, T> whole : List.of(read, opaque)) {
      T value = whole.apply(trimmed);
      if (value != null && sectionText(List.of(write.apply(value)), oneAsIs).equals(trimmed)) {
        return Optional.of(List.of(value));
      }
    }
    return Optional.empty();
  }

  /** A one-line item that can stand in a bullet list and be read back from it. */
  static boolean isSimple(String item) {
    return SIMPLE.matcher(item).matches() && item.equals(item.strip());
  }

  /** Removes blank lines at the start and end, keeping the indentation of the first line. */
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
    StringBuilder kept = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        kept.append('\n');
      }
      kept.append(lines[i]);
    }
    return kept.toString();
  }
}
