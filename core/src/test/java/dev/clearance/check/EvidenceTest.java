package dev.clearance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.document.Source;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  private static final Source SOURCE = new Source("README.md", 3, "");

  @Test
  void runsOfWhiteSpaceBecomeOneSpace() {
    assertThat(value("a  b\t\tc\n d\r\n\u000be\ff")).isEqualTo("a b c d e f");
    assertThat(value("  leading and trailing \n")).isEqualTo("leading and trailing");
    assertThat(value("one space only")).isEqualTo("one space only");
  }

  @Test
  void longValuesAreShortenedWithAnEllipsis() {
    String shortened = value("x".repeat(500));
    assertThat(shortened).hasSize(200).endsWith("…");
  }

  @Test
  void collapsesAsTheRegularExpressionDoesOnRandomText() {
    Random random = new Random(20261207);
    char[] alphabet = {' ', '\t', '\n', '\u000b', '\f', '\r', 'a', 'b', '\u00a0', '\u2003'};
    for (int round = 0; round < 20_000; round++) {
      char[] text = new char[random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String input = new String(text);
      assertThat(value(input))
          .as("value of %s", input.chars().boxed().toList())
          .isEqualTo(input.replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void longValuesAreShownAsTheWholeValueCollapsedAndCutWouldBe() {
    Random random = new Random(20261208);
    char[] alphabet = {' ', ' ', '\t', '\n', '\u2003', '\u00a0', 'a', 'b', 'c'};
    for (int round = 0; round < 3_000; round++) {
      int length = 700 + random.nextInt(600);
      int blankRun = random.nextInt(length); // long runs of white space move the cut around
      char[] text = new char[length];
      for (int i = 0; i < length; i++) {
        text[i] = i < blankRun && round % 3 == 0 ? ' ' : alphabet[random.nextInt(alphabet.length)];
      }
      String input = new String(text);
      String flat = input.replaceAll("\\s+", " ").strip();
      String expected = flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
      assertThat(value(input)).as("round %d", round).isEqualTo(expected);
    }
  }

  private static String value(String raw) {
    return new Evidence("what", raw, SOURCE).value();
  }
}
