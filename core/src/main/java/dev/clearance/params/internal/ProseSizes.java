package dev.clearance.params.internal;

import static dev.clearance.params.internal.SizeText.NUMBER;
import static dev.clearance.params.internal.SizeText.SCALE;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sizes a card's prose states: "176,247,271,424 parameters", "a 17 billion parameter
 * model", "sizes of 7B, 13B, 34B and 70B parameters", "in 8B, 70B and 405B sizes", "parameter sizes
 * — 7B, 13B, and 70B", "671B total parameters with 37B activated", "the 2B instruct version",
 * "Parameters: 141B", and "86M backbone parameters and 192M word embedding parameters" (summed).
 *
 * <p>Only numbers tied to the word parameter (or to sizes, versions, variants) count, so token
 * counts ("15 trillion tokens"), vocabularies ("128K"), GPU hours ("2.788M"), dates and sequence
 * lengths are not sizes. Embedding-only, trainable (adapter) and activated-only counts are not
 * totals and are skipped; so are counts right after "than", "versus" or "compared to".
 */
public final class ProseSizes {

  private static final String SIZE = "(?<![\\w.,])" + NUMBER + "(?:" + SCALE + ")?";

  /** The same without groups, for lists. */
  private static final String SIZE_PLAIN =
      "(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)"
          + "(?:[\\s-]?(?:thousand|million|billion|trillion|bn)\\b|\\s?[KMBT](?![A-Za-z0-9]))?";

  private static final String SEPARATOR =
      "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|to)\\s+|\\s*/\\s*)";

  /** At most 16 sizes in one list, which keeps matching linear on hostile text. */
  private static final String LIST = SIZE_PLAIN + "(?:" + SEPARATOR + SIZE_PLAIN + "){0,15}";

  private static final String QUALIFIERS =
      "((?:(?:total|activated|active|trainable|backbone|non-embedding|embedding|word|model|"
          + "language|learnable)[\\s-]+)*)";

  private static final Pattern ELEMENT = Pattern.compile(SIZE, Pattern.CASE_INSENSITIVE);

  static final Pattern TOTAL_AND_ACTIVE =
      Pattern.compile(
          SIZE
              + "\\s*\\(?\\s*total\\s*\\)?(?:\\s+param(?:eter)?s)?\\s*(?:/|,|;|with|and|of which)"
              + "\\s*(?:only\\s+|about\\s+|~)?"
              + SIZE
              + "\\s*\\(?\\s*(?:activated|active)",
          Pattern.CASE_INSENSITIVE);

  static final Pattern PARTS =
      Pattern.compile(
          SIZE
              + "\\s+(?:backbone|non-embedding)\\s+param(?:eter)?s\\s+and\\s+"
              + SIZE
              + "\\s+(?:word[\\s-])?embedding\\s+param(?:eter)?s",
          Pattern.CASE_INSENSITIVE);

  static final Pattern BEFORE_PARAMETERS =
      Pattern.compile(
          "(" + LIST + ")\\s*(?:\\(\\s*)?" + QUALIFIERS + "param(?:eter)?s?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER_PARAMETER_SIZES =
      Pattern.compile(
          "param(?:eter)?s?\\s+(?:sizes?|counts?)\\s*(?:of\\s+)?[—–:-]?\\s*(" + LIST + ")",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE_SIZES =
      Pattern.compile(
          "\\b(?:in|of|at)\\s+(" + LIST + ")\\s+(?:sizes|variants)\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern VERSION =
      Pattern.compile(
          "(" + SIZE_PLAIN + ")\\s+(?:[a-z]+\\s+)?(?:version|variant)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s*)?(?:#\\s*|number of\\s+|total\\s+)?(?:param(?:eter)?s|model size)"
              + "\\s*(?:\\([^)]*\\))?\\s*[:：]\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARISON =
      Pattern.compile(
          "\\b(?:than|vs\\.?|versus|compared (?:to|with)|outperforms?|such as)\\s+(?:\\S+\\s+){0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** A count of one part of the model: "the output layer size from 262.6M parameters". */
  private static final Pattern COMPONENT =
      Pattern.compile(
          "\\b(?:layer|head|adapter|lora|encoder|decoder|projection|embedding)s?\\b"
              + "(?:\\s+(?:size|weights?|matrix|from|of|has|had|with|is|was|to|shrank|shrinks|reduced"
              + "|grew|down|up)){0,3}\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words one of which every pattern below needs ("size" stands for "model size" and "sizes",
   * "variant" for "variants"; "total" and "activ" are needed together); a paragraph without any is
   * not cleaned.
   */
  private static final List<String> KEYWORDS =
      List.of("param", "size", "total", "activ", "version", "variant");

  private ProseSizes() {}

  /** Every size the prose of the card states. */
  public static List<SizeMention> find(CardText card) {
    List<SizeMention> found = new ArrayList<>();
    for (CardText.Paragraph paragraph : card.paragraphsMentioning(KEYWORDS)) {
      String text = paragraph.text();
      if (!hasDigit(text)) {
        continue; // every pattern below needs a number
      }
      // Each pattern runs only when the word it needs is in the paragraph.
      String lower = text.toLowerCase(Locale.ROOT);
      boolean parameter = lower.contains("param");
      BitSet taken = new BitSet(text.length());
      if (parameter || lower.contains("model size")) {
        label(card, paragraph, found);
      }
      if (lower.contains("total") && lower.contains("activ")) {
        totalAndActive(card, paragraph, taken, found);
      }
      if (parameter && lower.contains("embedding")) {
        parts(card, paragraph, taken, found);
      }
      if (parameter) {
        lists(card, BEFORE_PARAMETERS, paragraph, taken, found, true);
        lists(card, AFTER_PARAMETER_SIZES, paragraph, taken, found, false);
      }
      if (lower.contains("sizes") || lower.contains("variants")) {
        lists(card, BEFORE_SIZES, paragraph, taken, found, false);
      }
      if (lower.contains("version") || lower.contains("variant")) {
        lists(card, VERSION, paragraph, taken, found, false);
      }
    }
    return found;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void label(CardText card, CardText.Paragraph paragraph, List<SizeMention> found) {
    Matcher label = LABEL.matcher(paragraph.text());
    if (!label.find()) {
      return;
    }
    Matcher size = ELEMENT.matcher(label.group(1));
    if (size.find()) {
      sized(size, 1)
          .ifPresent(
              value ->
                  found.add(
                      SizeMention.figure(
                          value,
                          OptionalLong.empty(),
                          card.source(paragraph.lineOf(0)),
                          "card states \"" + abbreviate(label.group()) + "\"",
                          "label:" + paragraph.block())));
    }
  }

  private static void totalAndActive(
      CardText card, CardText.Paragraph paragraph, BitSet taken, List<SizeMention> found) {
    Matcher matcher = TOTAL_AND_ACTIVE.matcher(paragraph.text());
    for (int from = 0; findAtSize(matcher, paragraph.text(), from); from = matcher.end()) {
      Optional<SizeText> total = sized(matcher, 1);
      Optional<SizeText> activeSize = sized(matcher, 4);
      if (total.isPresent() && activeSize.isPresent() && !comparison(paragraph, matcher.start())) {
        taken.set(matcher.start(), matcher.end());
        found.add(
            SizeMention.figure(
                total.get(),
                OptionalLong.of(activeSize.get().value()),
                card.source(paragraph.lineOf(matcher.start())),
                "card states \"" + abbreviate(matcher.group()) + "\"",
                "prose:" + paragraph.block()));
      }
    }
  }

  private static void parts(
      CardText card, CardText.Paragraph paragraph, BitSet taken, List<SizeMention> found) {
    Matcher matcher = PARTS.matcher(paragraph.text());
    for (int from = 0; findAtSize(matcher, paragraph.text(), from); from = matcher.end()) {
      Optional<SizeText> first = sized(matcher, 1);
      Optional<SizeText> second = sized(matcher, 4);
      if (first.isPresent() && second.isPresent()) {
        taken.set(matcher.start(), matcher.end());
        long sum = Math.addExact(first.get().value(), second.get().value());
        int digits = Math.max(first.get().significantDigits(), second.get().significantDigits());
        found.add(
            new SizeMention(
                sum,
                sum,
                OptionalLong.empty(),
                SizeMention.Kind.FIGURE,
                digits,
                card.source(paragraph.lineOf(matcher.start())),
                "card states \"" + abbreviate(matcher.group()) + "\"; the parts add up",
                "parts:" + paragraph.block() + ":" + matcher.start()));
      }
    }
  }

  private static void lists(
      CardText card,
      Pattern pattern,
      CardText.Paragraph paragraph,
      BitSet taken,
      List<SizeMention> found,
      boolean qualified) {
    Matcher matcher = pattern.matcher(paragraph.text());
    boolean atSize = pattern == BEFORE_PARAMETERS || pattern == VERSION;
    String text = paragraph.text();
    for (int from = 0;
        atSize ? findAtSize(matcher, text, from) : matcher.find(from);
        from = matcher.end()) {
      if (taken.get(matcher.start(1)) || comparison(paragraph, matcher.start())) {
        continue;
      }
      if (qualified && !totalQualifier(matcher.group(2))) {
        continue;
      }
      taken.set(matcher.start(), matcher.end());
      for (SizeText size : elements(matcher.group(1))) {
        found.add(
            SizeMention.figure(
                size,
                OptionalLong.empty(),
                card.source(paragraph.lineOf(matcher.start())),
                "card states \"" + abbreviate(matcher.group()) + "\"",
                "prose:" + paragraph.block()));
      }
    }
  }

  /**
   * {@code matcher.find()} for a pattern whose match opens with a size ({@code (?<![\w.,])\d...}):
   * the same match, tried only where a size can start (an ASCII digit not after a word character,
   * '.' or ','), with transparent, non-anchoring bounds so the look-behind sees the text before;
   * {@code from} is where the previous match ended (the patterns here never match empty text), so
   * successive calls give what successive {@code find()} calls give.
   */
  static boolean findAtSize(Matcher matcher, String text, int from) {
    matcher.useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = from; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c < '0' || c > '9' || (at > 0 && opensNoSize(text.charAt(at - 1)))) {
        continue;
      }
      matcher.region(at, text.length());
      if (matcher.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** A character a size cannot follow: {@code [\w.,]}. */
  private static boolean opensNoSize(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == ',';
  }

  /** Qualifiers that make a count something other than the model's total. */
  private static boolean totalQualifier(String qualifiers) {
    String words = qualifiers.toLowerCase(java.util.Locale.ROOT);
    boolean embeddingOnly = words.contains("embedding") && !words.contains("non-embedding");
    return !embeddingOnly
        && !words.contains("trainable")
        && !words.contains("learnable")
        && !words.contains("activ");
  }

  /** The sizes of a list; a number without a scale takes the scale of the next one that has it. */
  private static List<SizeText> elements(String list) {
    List<String[]> parts = new ArrayList<>();
    Matcher element = ELEMENT.matcher(list);
    while (element.find()) {
      String scale = element.group(2) != null ? element.group(2) : element.group(3);
      parts.add(new String[] {element.group(1), scale, element.group()});
    }
    String following = null;
    for (int i = parts.size() - 1; i >= 0; i--) {
      if (parts.get(i)[1] == null) {
        parts.get(i)[1] = following;
      } else {
        following = parts.get(i)[1];
      }
    }
    List<SizeText> sizes = new ArrayList<>();
    for (String[] part : parts) {
      SizeText.of(part[0], part[1], part[2]).ifPresent(sizes::add);
    }
    return sizes;
  }

  /** The size at a {@code SIZE} group; sizes below a million are not sizes (see SizeText). */
  private static Optional<SizeText> sized(Matcher matcher, int numberGroup) {
    return SizeText.of(matcher, numberGroup);
  }

  /** Whether the count at {@code offset} is about another model or a part of this one. */
  private static boolean comparison(CardText.Paragraph paragraph, int offset) {
    String before = paragraph.text().substring(Math.max(0, offset - 60), offset);
    return COMPARISON.matcher(before).find() || COMPONENT.matcher(before).find();
  }

  private static String abbreviate(String text) {
    String plain = text.strip();
    return plain.length() <= 120 ? plain : plain.substring(0, 117) + "...";
  }
}
