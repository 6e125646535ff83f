package dev.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class TitleInlinesTest {

  private static final Parser PARSER = Parser.builder().build();

  /** Every ASCII punctuation character, white space and a few non-ASCII letters and marks. */
  private static final String ALPHABET =
      "abcXYZ019 \t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\n\ré—\u00a0\u200b\u202e";

  @Test
  void isPlainText_plainHeadings_true() {
    assertThat(TitleInlines.isPlainText("Model Details")).isTrue();
    assertThat(TitleInlines.isPlainText("1. Uses (direct & downstream)")).isFalse();
    assertThat(TitleInlines.isPlainText("Bias, Risks, and Limitations")).isTrue();
    assertThat(TitleInlines.isPlainText("Training Data #2 — 50% synthetic")).isTrue();
  }

  @Test
  void isPlainText_markupOrTrailingSpace_false() {
    for (String text :
        new String[] {"**Bold**", "a_b", "`code`", "[link]", "a\\b", "<b>", "&amp;", "!x", "a "}) {
      assertThat(TitleInlines.isPlainText(text)).as(text).isFalse();
    }
  }

  @Test
  void isPlainText_whenTrue_parserMakesOneEqualTextNode() {
    Random random = new Random(20261207);
    int plain = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = text.toString();
      if (!TitleInlines.isPlainText(candidate)) {
        continue;
      }
      plain++;
      Node paragraph = PARSER.parse("x " + candidate).getFirstChild();
      assertThat(paragraph).as(candidate).isInstanceOf(Paragraph.class);
      Node child = paragraph.getFirstChild();
      assertThat(child).as(candidate).isInstanceOf(Text.class);
      assertThat(child.getNext()).as(candidate).isNull();
      assertThat(((Text) child).getLiteral()).as(candidate).isEqualTo("x " + candidate);
    }
    assertThat(plain).isGreaterThan(1_000);
  }

  @Test
  void plainBoldLabel_labels() {
    assertThat(TitleInlines.plainBoldLabel("**Developed by:** Meta")).isEqualTo("Developed by:");
    assertThat(TitleInlines.plainBoldLabel("**License**")).isEqualTo("License");
    assertThat(TitleInlines.plainBoldLabel("**Developed by:**Meta")).isNull();
    assertThat(TitleInlines.plainBoldLabel("** spaced**")).isNull();
    assertThat(TitleInlines.plainBoldLabel("**a [link](x)** b")).isNull();
    assertThat(TitleInlines.plainBoldLabel("***both***")).isNull();
  }

  @Test
  void plainBoldLabel_whenFound_parserOpensTheParagraphWithThatStrongText() {
    Random random = new Random(20261208);
    int found = 0;
    for (int round = 0; round < 40_000; round++) {
      StringBuilder text = new StringBuilder("**");
      int length = 1 + random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextInt(6) == 0 ? "**" : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = text.toString().replace('\n', ' ').replace('\r', ' ');
      String label = TitleInlines.plainBoldLabel(candidate);
      if (label == null) {
        continue;
      }
      found++;
      Node paragraph = PARSER.parse("x " + candidate).getFirstChild();
      assertThat(paragraph).as(candidate).isInstanceOf(Paragraph.class);
      Node prefix = paragraph.getFirstChild();
      assertThat(prefix).as(candidate).isInstanceOf(Text.class);
      assertThat(((Text) prefix).getLiteral()).as(candidate).isEqualTo("x ");
      Node strong = prefix.getNext();
      assertThat(strong).as(candidate).isInstanceOf(StrongEmphasis.class);
      assertThat(strong.getFirstChild()).as(candidate).isInstanceOf(Text.class);
      assertThat(strong.getFirstChild().getNext()).as(candidate).isNull();
      assertThat(((Text) strong.getFirstChild()).getLiteral()).as(candidate).isEqualTo(label);
    }
    assertThat(found).isGreaterThan(1_000);
  }
}
