package dev.clearance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

  @Test
  void visible_terminalEscape_becomesText() {
    assertThat(UntrustedText.visible("\u001B[31mred")).isEqualTo("\\u001B[31mred");
  }

  @Test
  void visible_surrogatePair_isKept() {
    assertThat(UntrustedText.visible("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
  }

  @Test
  void visible_loneSurrogateAndBidiOverride_becomeText() {
    assertThat(UntrustedText.visible("a\uD800b\u202Ec")).isEqualTo("a\\uD800b\\u202Ec");
  }

  @Test
  void visible_lineFeedAndTab_areKept() {
    assertThat(UntrustedText.visible("a\n\tb\r")).isEqualTo("a\n\tb\\u000D");
  }

  @Test
  void oneLine_lineBreaks_becomeOneSpace() {
    assertThat(UntrustedText.oneLine(" a\n\n  b ")).isEqualTo("a b");
  }

  @Test
  void indent_blankLines_stayEmpty() {
    assertThat(UntrustedText.indent("a:\n\n  b\n", "  ")).isEqualTo("  a:\n\n    b\n");
  }
}
