package dev.clearance.params.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link CardText#clean} gives the same text as the chain of regular-expression
 * replacements it stands for, and {@link CardText#isListItem} and {@link CardText#fence} the same
 * answers as their expressions, on every corpus card line and on random lines full of markup.
 */
class CardTextCleanTest {

  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\n]{0,2000}\\)");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,400}>");
  private static final Pattern MARKS = Pattern.compile("\\*\\*|__|`|\\[|\\]");
  private static final Pattern ENTITY = Pattern.compile("&(?:nbsp|#160);");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

  private static final List<String> PIECES =
      List.of(
          "](",
          ")",
          "[",
          "]",
          "(",
          "<",
          ">",
          "<b>",
          "&nbsp;",
          "&#160;",
          "&amp;",
          "&",
          "*",
          "**",
          "_",
          "__",
          "`",
          " ",
          "  ",
          "\t",
          "\u000B",
          "\u2003",
          "\u00A0",
          "https://x.io/a",
          "://",
          "ftp://",
          "a",
          "7B",
          "é",
          "-",
          "\n",
          "12",
          "3.",
          "4)",
          "+",
          "\u0663",
          "```",
          "~~~",
          "~~");

  private static final List<String> WORDS =
      List.of("param", "size", "total", "activ", "version", "variant", "name");

  private static final List<String> WORD_PIECES =
      List.of(
          "pa", "PA", "Ra", "m", "M", "*", "_", "`", "[", "]", "si", "S", "ze", "Zİ", "ſ", "K", "@",
          "t", "OTAL", "activ", "ver", "sion", "VAR", "iant", "na", "me", " ", "é", "ı", "{", "}",
          "À");

  /** Whether the word occurs in the line with every mark removed, ignoring ASCII case. */
  private static boolean mayContainReference(String line, String word) {
    String unmarked = line.replaceAll("[*_`\\[\\]]", "");
    return Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE).matcher(unmarked).find();
  }

  private static String fence(String line) {
    Matcher fence = FENCE.matcher(line);
    return fence.lookingAt() ? fence.group(1) : null;
  }

  private static String reference(String line) {
    String text = LINK_TARGET.matcher(line).replaceAll("]");
    text = URL.matcher(text).replaceAll(" ");
    text = TAG.matcher(text).replaceAll(" ");
    text = ENTITY.matcher(text).replaceAll(" ");
    text = MARKS.matcher(text).replaceAll("");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Every line of every corpus model card. */
  private static List<String> corpusLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestData.corpus().resolve("model_cards"))) {
      for (Path file : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void clean_everyCorpusLine_equalsRegexReplacements() throws IOException {
    List<String> lines = corpusLines();
    assertThat(lines.size()).isGreaterThan(5_000);
    for (String line : lines) {
      assertThat(CardText.clean(line)).as(line).isEqualTo(reference(line));
      assertThat(CardText.isListItem(line)).as(line).isEqualTo(LIST_ITEM.matcher(line).lookingAt());
      assertThat(CardText.fence(line)).as(line).isEqualTo(fence(line));
    }
  }

  @Test
  void folded_corpusAndRandomLines_holdAWordExactlyWhereTheUnmarkedLineDoes() throws IOException {
    List<String> lines = corpusLines();
    Random random = new Random(1207);
    for (int round = 0; round < 20_000; round++) {
      lines.add(randomLine(random, WORD_PIECES, 20));
    }
    int found = 0;
    for (String line : lines) {
      String folded = CardText.folded(line);
      for (String word : WORDS) {
        boolean expected = mayContainReference(line, word);
        assertThat(folded.contains(word)).as("%s in %s", word, line).isEqualTo(expected);
        found += expected ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(1_000);
  }

  /** Fewer than {@code maxPieces} pieces drawn at random, joined. */
  private static String randomLine(Random random, List<String> pieces, int maxPieces) {
    StringBuilder line = new StringBuilder();
    for (int count = random.nextInt(maxPieces); count > 0; count--) {
      line.append(pieces.get(random.nextInt(pieces.size())));
    }
    return line.toString();
  }

  @Test
  void clean_randomMarkup_equalsRegexReplacements() {
    Random random = new Random(1128);
    for (int round = 0; round < 20_000; round++) {
      String text = randomLine(random, PIECES, 30);
      assertThat(CardText.clean(text)).as(text).isEqualTo(reference(text));
      assertThat(CardText.isListItem(text)).as(text).isEqualTo(LIST_ITEM.matcher(text).lookingAt());
      assertThat(CardText.fence(text)).as(text).isEqualTo(fence(text));
    }
  }

  @Test
  void mayOpenWithModel_everyLineWithANameField_isTrue() throws IOException {
    Pattern nameField =
        Pattern.compile(
            "^\\s*(?:[-*+]\\s*)?model[\\s_-]?name\\s*[:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    List<List<String>> parts =
        List.of(
            List.of("", " ", "- ", "* ", "**", "[", "](y)", "<b>", "&nbsp;", "\u2003", "_", "`"),
            List.of("", " ", "+ ", "https://x ", "[a](b)", "<i>", "x"),
            List.of("model", "Model", "MODEL", "mo**del", "m`odel", "Mo[del", "modle", "mod"),
            List.of("", " ", "_", "-", "**", "  "),
            List.of("name", "Name", "na**me", "nam"),
            List.of(":", "：", " :", "**:", ""),
            List.of(" 7B", " x", ""));
    Random random = new Random(26);
    int fields = 0;
    List<String> lines = corpusLines();
    for (int round = 0; round < 40_000; round++) {
      StringBuilder line = new StringBuilder();
      for (List<String> choices : parts) {
        line.append(choices.get(random.nextInt(choices.size())));
      }
      lines.add(line.toString());
    }
    for (String line : lines) {
      if (nameField.matcher(CardText.clean(line)).matches()) {
        fields++;
        assertThat(NameSizes.mayOpenWithModel(line)).as(line).isTrue();
      }
    }
    assertThat(fields).isGreaterThan(1_000);
    assertThat(NameSizes.mayOpenWithModel("The model name: x")).isFalse();
  }

  @Test
  void clean_longLinkTargetAndTag_areKeptPastTheirLimits() {
    String target = "[a](" + "x".repeat(2001) + ")";
    String tag = "<" + "y".repeat(401) + ">";
    assertThat(CardText.clean(target)).isEqualTo(reference(target)).contains("x".repeat(2001));
    assertThat(CardText.clean(tag)).isEqualTo(reference(tag)).startsWith("<");
    assertThat(CardText.clean("[a](" + "x".repeat(2000) + ")")).isEqualTo("a");
  }
}
