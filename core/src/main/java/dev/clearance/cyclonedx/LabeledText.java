package dev.clearance.cyclonedx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of a section written as an optional title followed by labelled lines, e.g.
 *
 * <pre>
 * Data scientists
 * - Mitigation strategy: human review of outputs
 * </pre>
 *
 * A value's further lines are indented by two spaces. Only the labels given to {@link #parse} are
 * recognised, so prose that happens to contain a colon stays prose.
 *
 * @param title the lines before the first label (may be empty)
 * @param fields the labelled values in order; a label may repeat
 */
record LabeledText(String title, List<Field> fields) {

  /** A labelled value. */
  record Field(String label, String value) {}

  /** DOTALL: a line may hold other line terminators than {@code \n} (NEL, LS, PS). */
  private static final Pattern LABEL_LINE =
      Pattern.compile("- ([A-Za-z0-9 ]+):(?: (.*))?", Pattern.DOTALL);

  LabeledText {
    fields = List.copyOf(fields);
  }

  static LabeledText parse(String item, Set<String> labels) {
    List<String> title = new ArrayList<>();
    List<String[]> open = new ArrayList<>();
    for (String line : item.split("\n", -1)) {
      Matcher matcher = LABEL_LINE.matcher(line);
      if (matcher.matches() && labels.contains(matcher.group(1))) {
        String value = matcher.group(2) == null ? "" : matcher.group(2);
        open.add(new String[] {matcher.group(1), value});
      } else if (open.isEmpty()) {
        title.add(line);
      } else {
        String[] last = open.get(open.size() - 1);
        last[1] = last[1] + "\n" + (line.startsWith("  ") ? line.substring(2) : line);
      }
    }
    List<Field> fields = open.stream().map(pair -> new Field(pair[0], pair[1])).toList();
    return new LabeledText(String.join("\n", title), fields);
  }

  /** The text; {@code parse(render())} gives this item back. */
  String render() {
    StringBuilder text = new StringBuilder(title);
    for (Field field : fields) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      String[] lines = field.value().split("\n", -1);
      text.append("- ").append(field.label()).append(':');
      if (!lines[0].isEmpty()) {
        text.append(' ').append(lines[0]);
      }
      for (int i = 1; i < lines.length; i++) {
        text.append('\n').append(lines[i].isEmpty() ? "" : "  " + lines[i]);
      }
    }
    return text.toString();
  }

  /**
   * Whether a labelled value is empty: CycloneDX JSON leaves empty strings out, so such an item
   * cannot be kept field by field.
   */
  boolean hasEmptyValue() {
    return fields.stream().anyMatch(field -> field.value().isEmpty());
  }

  /** The first value with this label. */
  Optional<String> value(String label) {
    return fields.stream()
        .filter(field -> field.label().equals(label))
        .map(Field::value)
        .findFirst();
  }

  /** Every value with this label, in order. */
  List<String> values(String label) {
    return fields.stream().filter(field -> field.label().equals(label)).map(Field::value).toList();
  }

  /** A builder-style helper: adds a field when the value is present. */
  static void add(List<Field> fields, String label, String value) {
    if (value != null) {
      fields.add(new Field(label, value));
    }
  }
}
