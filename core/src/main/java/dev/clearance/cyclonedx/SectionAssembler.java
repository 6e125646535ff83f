package dev.clearance.cyclonedx;

import dev.clearance.document.Source;
import dev.clearance.dossier.CardSection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays the {@link FieldItems} of a component out as model card sections: in the order and under the
 * headings of the {@link Layout} when there is one, otherwise under the standard headings, title
 * first. Items a layout does not place follow under the standard headings.
 */
final class SectionAssembler {

  static final int PSEUDO_HEADING_LEVEL = 7;
  private static final Pattern ATX =
      Pattern.compile("(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*", Pattern.DOTALL);
  private static final Pattern BOLD_LABEL =
      Pattern.compile("(?:[-*+] )?\\*\\*(.+?)\\*\\*.*", Pattern.DOTALL);

  private final FieldItems fields;
  private final Map<CardField, boolean[]> used = new EnumMap<>(CardField.class);
  private final List<Draft> drafts = new ArrayList<>();

  /** A section before its path is known. */
  private record Draft(String heading, int level, Source source, String text) {}

  private SectionAssembler(FieldItems fields) {
    this.fields = fields;
  }

  static List<CardSection> assemble(
      FieldItems fields, Optional<Layout> layout, Optional<String> title, Source titleSource) {
    SectionAssembler assembler = new SectionAssembler(fields);
    if (layout.isPresent()) {
      for (Layout.Entry entry : layout.get().sections()) {
        assembler.place(entry, titleSource);
      }
    } else if (title.isPresent()) {
      assembler.drafts.add(new Draft(title.get(), 1, titleSource, ""));
    }
    assembler.rest(layout.isPresent());
    return withPaths(assembler.drafts);
  }

  private void place(Layout.Entry entry, Source titleSource) {
    if (entry.field() == CardField.TITLE) {
      drafts.add(new Draft(entry.heading(), entry.level(), titleSource, ""));
      return;
    }
    List<FieldItems.Item> taken =
        entry.indexes().isEmpty()
            ? take(entry.field(), entry.items())
            : takeAt(entry.field(), entry.indexes());
    Source source =
        taken.isEmpty() ? fields.source(entry.field()).orElse(titleSource) : taken.get(0).source();
    if (entry.field() == CardField.SECTION) {
      if (!taken.isEmpty()) {
        Draft parsed = section(taken.get(0));
        String text =
            entry.level() >= 1 && entry.level() <= 6 && parsed.level() == entry.level()
                ? parsed.text()
                : taken.get(0).text();
        drafts.add(new Draft(entry.heading(), entry.level(), source, text));
      }
      return;
    }
    drafts.add(new Draft(entry.heading(), entry.level(), source, text(entry.field(), taken)));
  }

  /**
   * Everything not yet placed, under the standard headings, in field order. With a layout, metrics
   * it does not place are left out: they came from the card's {@code model-index}, which the front
   * matter shows.
   */
  private void rest(boolean laidOut) {
    for (CardField field : CardField.values()) {
      if (field == CardField.TITLE || (laidOut && field == CardField.METRICS)) {
        continue;
      }
      boolean untouched = !used.containsKey(field);
      List<FieldItems.Item> taken = take(field, Integer.MAX_VALUE);
      if (taken.isEmpty()) {
        continue;
      }
      if (field == CardField.SECTION) {
        taken.forEach(item -> drafts.add(section(item)));
        continue;
      }
      Source source =
          untouched ? fields.source(field).orElse(taken.get(0).source()) : taken.get(0).source();
      drafts.add(new Draft(field.heading(), 2, source, text(field, taken)));
    }
  }

  /** The next {@code count} items of the field not yet placed. */
  private List<FieldItems.Item> take(CardField field, int count) {
    List<FieldItems.Item> all = fields.items(field);
    boolean[] taken = used.computeIfAbsent(field, unused -> new boolean[all.size()]);
    List<FieldItems.Item> found = new ArrayList<>();
    for (int i = 0; i < all.size() && found.size() < count; i++) {
      if (!taken[i]) {
        taken[i] = true;
        found.add(all.get(i));
      }
    }
    return found;
  }

  /** The items at these indexes that are not yet placed. */
  private List<FieldItems.Item> takeAt(CardField field, List<Integer> indexes) {
    List<FieldItems.Item> all = fields.items(field);
    boolean[] taken = used.computeIfAbsent(field, unused -> new boolean[all.size()]);
    List<FieldItems.Item> found = new ArrayList<>();
    for (int index : indexes) {
      if (index < all.size() && !taken[index]) {
        taken[index] = true;
        found.add(all.get(index));
      }
    }
    return found;
  }

  /**
   * The section text of some items. One structured item (labelled lines) is written as it is: the
   * exporter reads a whole section as one such item when its lines do not split into items.
   */
  private static String text(CardField field, List<FieldItems.Item> items) {
    List<String> texts = items.stream().map(FieldItems.Item::text).toList();
    if (!field.multiple()) {
      return String.join("\n\n", texts);
    }
    return ItemText.sectionText(texts, field.structured());
  }

  /** A {@code huggingface:section} value: an ATX heading line and text, or text only. */
  private static Draft section(FieldItems.Item item) {
    String value = item.text();
    int newline = value.indexOf('\n');
    String first = newline < 0 ? value : value.substring(0, newline);
    Matcher heading = ATX.matcher(first);
    if (heading.matches()) {
      String text = newline < 0 ? "" : value.substring(newline + 1);
      return new Draft(
          heading.group(2),
          heading.group(1).length(),
          item.source(),
          ItemText.trimBlankLines(text));
    }
    Matcher label = BOLD_LABEL.matcher(value);
    if (label.matches()) {
      String heading2 = label.group(1).replaceAll("[:.]+$", "").strip();
      return new Draft(heading2, PSEUDO_HEADING_LEVEL, item.source(), value);
    }
    return new Draft("", 0, item.source(), value);
  }

  /** Gives each section the headings above it, as the markdown reader does. */
  private static List<CardSection> withPaths(List<Draft> drafts) {
    List<CardSection> sections = new ArrayList<>();
    List<Draft> open = new ArrayList<>();
    for (Draft draft : drafts) {
      List<String> path = List.of();
      if (draft.level() > 0) {
        while (!open.isEmpty() && open.get(open.size() - 1).level() >= draft.level()) {
          open.remove(open.size() - 1);
        }
        open.add(draft);
        path = open.stream().map(Draft::heading).toList();
      }
      sections.add(
          new CardSection(
              draft.heading(),
              draft.level(),
              path,
              draft.source(),
              draft.source().line(),
              draft.text()));
    }
    return sections;
  }
}
