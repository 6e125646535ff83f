package dev.clearance.server.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShownTest {

  @Test
  void text_bidiControls_becomeVisibleMarkers() {
    assertThat(Shown.text("report\u202Egnp.exe")).isEqualTo("report[U+202E]gnp.exe");
    assertThat(Shown.text("\u2066a\u2069 \u202Ab")).isEqualTo("[U+2066]a[U+2069] [U+202A]b");
  }

  @Test
  void text_plainOrAbsent_isUnchanged() {
    assertThat(Shown.text("<b>Leaks</b> e-mail")).isEqualTo("<b>Leaks</b> e-mail");
    assertThat(Shown.text("עברית and English")).isEqualTo("עברית and English");
    assertThat(Shown.text(null)).isNull();
  }
}
