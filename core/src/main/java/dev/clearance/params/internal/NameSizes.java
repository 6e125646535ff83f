package dev.clearance.params.internal;

import dev.clearance.document.Node;
import dev.clearance.document.Source;
import dev.clearance.dossier.ModelCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes in the card's own model name: the first level-1 heading, front-matter {@code model_name}
 * and {@code model-index} names, "Model name:" fields, and tags that are only a size ({@code 18b}).
 * "Granite-3.1-1B-A400M" gives 1B total with 400M active; "8x22B" is expert notation, at most 8 ×
 * 22B. {@code base_model} names another model and is never read.
 */
public final class NameSizes {

  private static final Pattern SIZE =
      Pattern.compile(
          "(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)([BbMm])(?:-[Aa](\\d+(?:\\.\\d+)?)([BbMm]))?"
              + "(?![A-Za-z0-9])");
  private static final Pattern EXPERTS =
      Pattern.compile("(?<![A-Za-z0-9.])(\\d{1,3})[xX](\\d+(?:\\.\\d+)?)([BbMm])(?![A-Za-z0-9])");
  private static final Pattern NAME_FIELD =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s*)?model[\\s_-]?name\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

  private NameSizes() {}

  /** A name with where it was found. */
  public record Name(String text, Source source, String where) {}

  /** The names the card gives its own model, title first. */
  public static List<Name> names(ModelCard card, CardText text) {
    List<Name> names = new ArrayList<>();
    card.sections().stream()
        .filter(section -> section.level() == 1)
        .findFirst()
        .ifPresent(title -> names.add(new Name(title.heading(), title.source(), "title")));
    Node.Mapping metadata = card.metadata();
    metadata
        .textFact("model_name")
        .ifPresent(fact -> names.add(new Name(fact.value(), fact.source(), "model_name")));
    metadata
        .sequence("model-index")
        .ifPresent(
            index ->
                index.items().stream()
                    .filter(Node.Mapping.class::isInstance)
                    .map(Node.Mapping.class::cast)
                    .forEach(
                        entry ->
                            entry
                                .textFact("name")
                                .ifPresent(
                                    fact ->
                                        names.add(
                                            new Name(
                                                fact.value(),
                                                fact.source(),
                                                "model-index name")))));
    for (int index = text.bodyStart(); index < text.lines().size(); index++) {
      if (!text.isProseLine(index)) {
        continue;
      }
      if (!mayOpenWithModel(text.lines().get(index)) || !text.mayContain(index, "name")) {
        continue; // the field needs both words
      }
      Matcher field = NAME_FIELD.matcher(text.cleanLine(index));
      if (field.matches()) {
        names.add(
            new Name(
                field.group(1), Source.ofLine(card.file(), index + 1), "\"Model name\" field"));
      }
    }
    return names;
  }

  /**
   * Whether the cleaned line ({@link CardText#clean}) may open with "model", as {@link #NAME_FIELD}
   * needs after white space and a bullet: false only when the first character after white space and
   * marks is not the start of "model" and nothing that cleaning removes or replaces (links, URLs,
   * tags, entities) is on the line.
   */
  static boolean mayOpenWithModel(String line) {
    if (line.contains("](") || line.contains("://")) {
      return true;
    }
    int at = 0;
    while (at < line.length()
        && (Character.isWhitespace(line.charAt(at)) || "-*+_`[]".indexOf(line.charAt(at)) >= 0)) {
      at++;
    }
    if (at < line.length() && (line.charAt(at) == '<' || line.charAt(at) == '&')) {
      return true;
    }
    String word = "model";
    int matched = 0;
    while (at < line.length() && matched < word.length()) {
      char c = line.charAt(at++);
      if (matched > 0 && "*_`[]".indexOf(c) >= 0) {
        continue;
      }
      if ((c | 0x20) != word.charAt(matched)) {
        return false;
      }
      matched++;
    }
    return matched == word.length();
  }

  /** Size mentions in the card's names and size-only tags. */
  public static List<SizeMention> find(ModelCard card, List<Name> names) {
    List<SizeMention> found = new ArrayList<>();
    for (Name name : names) {
      found.addAll(sizes(name.text(), name.source(), name.where() + " \"" + name.text() + "\""));
    }
    card.metadata()
        .sequence("tags")
        .ifPresent(
            tags ->
                tags.items().stream()
                    .filter(Node.Scalar.class::isInstance)
                    .map(Node.Scalar.class::cast)
                    .filter(tag -> !tag.isNull())
                    .filter(
                        tag ->
                            SIZE.matcher(tag.text().strip()).matches()
                                || EXPERTS.matcher(tag.text().strip()).matches())
                    .forEach(
                        tag ->
                            found.addAll(
                                sizes(
                                    tag.text().strip(),
                                    tag.source(),
                                    "tag \"" + tag.text() + "\""))));
    return found;
  }

  private static List<SizeMention> sizes(String name, Source source, String where) {
    List<SizeMention> found = new ArrayList<>();
    Matcher experts = EXPERTS.matcher(name);
    List<int[]> spans = new ArrayList<>();
    while (experts.find()) {
      Optional<SizeText> expert =
          SizeText.of(experts.group(2), experts.group(3), experts.group(2) + experts.group(3));
      long count = Long.parseLong(experts.group(1));
      if (expert.isPresent() && count > 1) {
        long upper = Math.multiplyExact(count, expert.get().value());
        spans.add(new int[] {experts.start(), experts.end()});
        found.add(
            new SizeMention(
                upper,
                expert.get().value(),
                OptionalLong.empty(),
                SizeMention.Kind.EXPERT_NOTATION,
                expert.get().significantDigits(),
                source,
                where
                    + " uses expert notation "
                    + experts.group()
                    + ": at most "
                    + count
                    + " × "
                    + expert.get().text()
                    + "; experts share attention and embeddings, so the real total is lower",
                "name:" + where));
      }
    }
    Matcher size = SIZE.matcher(name);
    while (size.find()) {
      int start = size.start();
      if (spans.stream().anyMatch(span -> start >= span[0] && start < span[1])) {
        continue;
      }
      Optional<SizeText> total = SizeText.of(size.group(1), size.group(2), size.group());
      Optional<SizeText> active =
          size.group(3) == null
              ? Optional.empty()
              : SizeText.of(size.group(3), size.group(4), size.group());
      total.ifPresent(
          value ->
              found.add(
                  new SizeMention(
                      value.value(),
                      value.value(),
                      active.map(a -> OptionalLong.of(a.value())).orElse(OptionalLong.empty()),
                      SizeMention.Kind.NAME,
                      value.significantDigits(),
                      source,
                      where + " names " + size.group(),
                      "name:" + where)));
    }
    return found;
  }

  /** The card's own name for picking its row in size tables (the first name found). */
  public static String ownName(List<Name> names) {
    return names.isEmpty() ? "" : names.get(0).text();
  }
}
